package dev.layerlab.check.primitive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layerlab.check.Observation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryTagPrimitiveTest {

    private final FakeProbe probe = new FakeProbe();
    private final RegistryTagPrimitive tag = new RegistryTagPrimitive();

    @BeforeEach
    void setUp() {
        probe.reply("http://localhost:5000/v2/myapp/tags/list", 200, "{\"name\":\"myapp\",\"tags\":[\"v1\",\"latest\"]}");
        probe.reply("http://localhost:5000/v2/nothing/tags/list", 404,
                "{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\"}]}");
        probe.reply("http://registry.local:5000/v2/team/app/tags/list", 200, "{\"name\":\"team/app\",\"tags\":null}");
        probe.reply("http://localhost:5000/v2/secret/tags/list", 401, "");
    }

    @Test
    void present() {
        assertEquals(Observation.pass("found localhost:5000/myapp:v1"), probe.run(tag, "repository", "myapp", "tag", "v1"));
        assertEquals(Observation.pass("found localhost:5000/myapp:latest"), probe.run(tag, "repository", "myapp"));
        assertEquals(Observation.fail("localhost:5000/myapp has no tag \"v2\" (tags: v1, latest)"), probe.run(tag, "repository", "myapp", "tag", "v2"));
    }

    @Test
    void unknownRepository() {
        assertEquals(Observation.fail("localhost:5000 has no repository \"nothing\""), probe.run(tag, "repository", "nothing"));
        assertEquals(Observation.pass("localhost:5000 has no repository \"nothing\""), probe.run(tag, "repository", "nothing", "present", "false"));
        assertEquals(Observation.fail("registry.local:5000 has no repository \"team/app\""),
                probe.run(tag, "registry", "registry.local:5000", "repository", "team/app"));
    }

    @Test
    void absent() {
        assertEquals(Observation.fail("localhost:5000/myapp:v1 is still there"), probe.run(tag, "repository", "myapp", "tag", "v1", "present", "false"));
    }

    @Test
    void registryTrouble() {
        assertEquals(Observation.fail("nothing answers on localhost:5001 (connection refused)"),
                probe.run(tag, "registry", "localhost:5001", "repository", "myapp"));
        assertEquals(Observation.fail("the registry localhost:5000 answered 401"), probe.run(tag, "repository", "secret"));
    }

    @Test
    void parsesTags() {
        assertEquals(List.of("a", "b"), RegistryTagPrimitive.tags("{\"name\": \"x\", \"tags\": [ \"a\", \"b\" ]}"));
        assertEquals(List.of(), RegistryTagPrimitive.tags("{\"name\":\"x\",\"tags\":null}"));
    }
}
