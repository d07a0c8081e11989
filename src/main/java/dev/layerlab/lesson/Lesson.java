package dev.layerlab.lesson;

import java.util.List;

/**
 * One lesson file.
 *
 * @param id unique in the course, used by {@code requires} and in progress
 * @param title shown in the course map
 * @param track the track it belongs to
 * @param summary one or two sentences for the course map, may be empty
 * @param requires ids of lessons to do first
 * @param images images the lesson uses, kept by cleanup and reset
 * @param steps in order, at least one
 * @param cleanup what the lesson creates, removed by reset and cleanup
 * @param file where it was loaded from
 */
public record Lesson(String id, String title, String track, String summary, List<String> requires,
        List<String> images, List<Step> steps, Cleanup cleanup, String file) {

    public Lesson {
        requires = List.copyOf(requires);
        images = List.copyOf(images);
        steps = List.copyOf(steps);
    }

    public int indexOfStep(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }
}
