package dev.layerlab.lesson.load;

import dev.layerlab.lesson.Course;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The test resources, loaded with the fake primitives and the test checks. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static Course load(String lessonsResource) {
        return new CourseLoader(FakePrimitives.all()).load(resource(lessonsResource), List.of(resource("checks")));
    }
}
