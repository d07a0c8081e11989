/**
 * What a learner has completed: a versioned JSON state file written atomically, at a path passed in.
 */
package dev.layerlab.progress;
