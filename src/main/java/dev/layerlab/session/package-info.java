/**
 * The tutorial state machine: the current lesson and step, running checks, advancing, saving progress, running the learner's commands.
 */
package dev.layerlab.session;
