package dev.layerlab.session;

/**
 * What a learner can ask of the session. Both interfaces turn raw input (keys, typed words) into
 * these at their edge, so they drive the same session.
 */
public sealed interface Action {

    /** Open a lesson, at the step where the learner left it. */
    record Open(String lessonId) implements Action {
    }

    /** Go to the next step; past the last step the lesson is finished. */
    record Next() implements Action {
    }

    /** Go to the previous step. */
    record Back() implements Action {
    }

    /** Run the step's checks now. */
    record Check() implements Action {
    }

    /** Reveal the next hint. */
    record Hint() implements Action {
    }

    /** Reveal the solution (the interface has asked first). */
    record RevealSolution() implements Action {
    }

    /** Answer the step's quiz with a 0-based choice. */
    record Answer(int choice) implements Action {
    }

    /** Put the lesson back to its start, removing the Docker objects it names (the interface has asked first). */
    record Reset() implements Action {
    }

    /** Leave the lesson, back to the course map. */
    record Close() implements Action {
    }
}
