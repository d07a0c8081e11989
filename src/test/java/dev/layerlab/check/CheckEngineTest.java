package dev.layerlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layerlab.check.CheckResult.Status;
import dev.layerlab.check.primitive.StandardPrimitives;
import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.DaemonUnreachableException;
import dev.layerlab.docker.FakeDockerGateway;
import dev.layerlab.docker.ImageInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckEngineTest {

    private final FakeDockerGateway docker = new FakeDockerGateway();
    private final List<String> requested = new java.util.ArrayList<>();
    private CheckEngine engine;
    private ContainerInfo web;
    private ImageInfo nginx;

    @BeforeEach
    void setUp() {
        CheckRegistry registry = new CheckRegistry(StandardPrimitives.create(), List.of(
                definition("container-running", List.of(ParamSpec.required("name", ParamType.STRING, "the container")), "container",
                        Map.of("name", "{name}", "state", "running"), "container \"{name}\" is running", "{observed}", "Try: docker start {name}"),
                definition("container-exists", List.of(ParamSpec.required("name", ParamType.STRING, "the container"),
                        ParamSpec.optional("id_not", ParamType.STRING, null, "not this one")), "container",
                        Map.of("name", "{name}", "id_not", "{id_not}"), "container \"{name}\" exists", "", ""),
                definition("container-is-not", List.of(ParamSpec.required("name", ParamType.STRING, "the container"),
                        ParamSpec.required("old", ParamType.STRING, "the old ID")), "container",
                        Map.of("name", "{name}", "id_not", "{old}"), "\"{name}\" is not {old}", "", ""),
                definition("file-present", List.of(ParamSpec.required("container", ParamType.STRING, "c"),
                        ParamSpec.required("path", ParamType.STRING, "p")), "file",
                        Map.of("container", "{container}", "path", "{path}"), "{path} is in {container}", "expected {path}, but {observed}", ""),
                definition("image-layers", List.of(ParamSpec.required("ref", ParamType.STRING, "r"),
                        ParamSpec.optional("layers", ParamType.STRING, "1", "n")), "image",
                        Map.of("ref", "{ref}", "layers", "{layers}"), "{ref} has {layers} layers", "", ""),
                definition("no-container-from", List.of(ParamSpec.required("image", ParamType.STRING, "i")), "container-count",
                        Map.of("image", "{image}", "max", "0"), "no container from {image}", "", ""),
                definition("bad-state", List.of(), "container", Map.of("name", "web", "state", "sleeping"), "web sleeps", "", ""),
                definition("broken", List.of(), "teleport", Map.of(), "teleported", "", "")));
        engine = new CheckEngine(registry, docker, url -> {
            requested.add(url);
            return new Probe.HttpReply(0, "", "connection refused");
        });
        nginx = FakeDockerGateway.newImage("nginx:latest").layers(2).build();
        docker.addImage(nginx);
        web = FakeDockerGateway.newContainer("web", "nginx", ContainerState.RUNNING).build();
        docker.addContainer(web);
        docker.addContainer(FakeDockerGateway.newContainer("old", "nginx", ContainerState.EXITED).exited(137));
        docker.putFile("web", "/test.txt", "hi");
    }

    private static CheckDefinition definition(String name, List<ParamSpec> params, String primitive, Map<String, String> with,
            String title, String failure, String hint) {
        return new CheckDefinition(name, "test", params, primitive, with, title, failure, hint, "test.yaml:1");
    }

    private CheckResult one(String check, Map<String, String> args, Map<String, String> captures) {
        List<CheckResult> results = engine.run(List.of(new CheckCall(check, args)), captures);
        assertEquals(1, results.size());
        return results.get(0);
    }

    @Test
    void passAndFailWithFilledTemplates() {
        assertEquals(new CheckResult("container \"web\" is running", Status.PASSED, "it is Running (ID " + web.shortId() + ")",
                "Try: docker start web"), one("container-running", Map.of("name", "web"), Map.of()));
        assertEquals(new CheckResult("container \"old\" is running", Status.FAILED, "found it, but it is Exited (137)",
                "Try: docker start old"), one("container-running", Map.of("name", "old"), Map.of()));
    }

    @Test
    void failureTemplateWrapsTheObservation() {
        CheckResult result = one("file-present", Map.of("container", "web", "path", "/gone.txt"), Map.of());
        assertEquals(Status.FAILED, result.status());
        assertEquals("expected /gone.txt, but there is no /gone.txt in \"web\"", result.observed());
        assertEquals("found it (2 bytes)", one("file-present", Map.of("container", "web", "path", "/test.txt"), Map.of()).observed());
    }

    @Test
    void definitionDefaultsApply() {
        assertEquals("nginx has 1 layers", one("image-layers", Map.of("ref", "nginx"), Map.of()).title());
        assertEquals("found it, but it has 2 layers", one("image-layers", Map.of("ref", "nginx"), Map.of()).observed());
        assertEquals(Status.PASSED, one("image-layers", Map.of("ref", "nginx", "layers", "2"), Map.of()).status());
    }

    @Test
    void anOptionalParameterWithoutValueIsLeftOut() {
        assertEquals(Status.PASSED, one("container-exists", Map.of("name", "web"), Map.of()).status());
    }

    @Test
    void capturesAreSubstitutedAndShownShort() {
        CheckResult same = one("container-is-not", Map.of("name", "web", "old", "${first_id}"), Map.of("first_id", web.id()));
        assertEquals(new CheckResult("\"web\" is not " + web.shortId(), Status.FAILED,
                "found it, but it is still the same container (ID " + web.shortId() + ")", ""), same);
        CheckResult recreated = one("container-exists", Map.of("name", "web", "id_not", "${first_id}"), Map.of("first_id", "f".repeat(64)));
        assertEquals(Status.PASSED, recreated.status());
    }

    @Test
    void aMissingCaptureIsAnError() {
        CheckResult result = one("container-exists", Map.of("name", "web", "id_not", "${first_id}"), Map.of());
        assertEquals(Status.ERROR, result.status());
        assertEquals("container \"web\" exists", result.title());
        assertTrue(result.observed().contains("\"first_id\""), result.observed());
        assertTrue(!result.observed().contains("\n"));
    }

    @Test
    void anUnknownCheckIsAnError() {
        assertEquals(new CheckResult("container-runing", Status.ERROR, "unknown check \"container-runing\"", ""),
                one("container-runing", Map.of("name", "web"), Map.of()));
        assertEquals(Status.ERROR, one("broken", Map.of(), Map.of()).status());
        assertTrue(one("broken", Map.of(), Map.of()).observed().contains("\"teleport\""));
    }

    @Test
    void aBadArgumentIsAnError() {
        CheckResult result = one("bad-state", Map.of(), Map.of());
        assertEquals(Status.ERROR, result.status());
        assertTrue(result.observed().contains("sleeping"), result.observed());
        CheckResult notANumber = one("image-layers", Map.of("ref", "nginx", "layers", "${n}"), Map.of("n", "many"));
        assertEquals(Status.ERROR, notANumber.status());
        assertTrue(notANumber.observed().contains("\"layers\" must be a whole number"), notANumber.observed());
    }

    @Test
    void resultsKeepTheStepsOrder() {
        List<CheckResult> results = engine.run(List.of(new CheckCall("container-running", Map.of("name", "old")),
                new CheckCall("nope", Map.of()), new CheckCall("container-running", Map.of("name", "web"))), Map.of());
        assertEquals(List.of(Status.FAILED, Status.ERROR, Status.PASSED), results.stream().map(CheckResult::status).toList());
    }

    @Test
    void anUnreachableDaemonIsRethrown() {
        docker.setUnreachable(true);
        assertThrows(DaemonUnreachableException.class, () -> one("container-running", Map.of("name", "web"), Map.of()));
    }

    @Test
    void oneRoundAsksTheDaemonOnce() {
        List<CheckCall> calls = List.of(new CheckCall("no-container-from", Map.of("image", "nginx")),
                new CheckCall("no-container-from", Map.of("image", "alpine")),
                new CheckCall("container-running", Map.of("name", "web")),
                new CheckCall("container-exists", Map.of("name", "web")));
        engine.run(calls, Map.of());
        assertEquals(1, docker.calls("containers"));
        assertEquals(1, docker.calls("container"));
        engine.run(calls, Map.of());
        assertEquals(2, docker.calls("containers"), "a new round asks again");
    }

    @Test
    void aContainerIsInspectedOncePerRoundWhetherNamedOrById() {
        List<CheckCall> calls = List.of(new CheckCall("container-running", Map.of("name", "web")),
                new CheckCall("file-present", Map.of("container", "web", "path", "/test.txt")),
                new CheckCall("file-present", Map.of("container", "web", "path", "/test.txt")),
                new CheckCall("container-exists", Map.of("name", web.id())));
        List<CheckResult> results = engine.run(calls, Map.of());
        assertTrue(results.stream().allMatch(CheckResult::passed), results.toString());
        assertEquals(1, docker.calls("container"), "one inspect of web, by name or by ID");
        assertEquals(1, docker.calls("statFile"));
        assertEquals(0, docker.calls("readFile"));
    }

    @Test
    void capturesResolve() {
        Map<String, String> values = engine.capture(Map.of("first_id", "container.web.id", "img", "container.web.image_id",
                "nginx_id", "image.nginx:latest.id"));
        assertEquals(Map.of("first_id", web.id(), "img", web.imageId(), "nginx_id", nginx.id()), values);
    }

    @Test
    void capturesOfMissingObjectsSaySo() {
        IllegalStateException container = assertThrows(IllegalStateException.class, () -> engine.capture(Map.of("x", "container.gone.id")));
        assertEquals("cannot save \"x\": no container named \"gone\" exists", container.getMessage());
        IllegalStateException image = assertThrows(IllegalStateException.class, () -> engine.capture(Map.of("y", "image.alpine.id")));
        assertEquals("cannot save \"y\": no image \"alpine\" is present locally", image.getMessage());
        assertThrows(IllegalArgumentException.class, () -> engine.capture(Map.of("z", "volume.data.id")));
    }

    @Test
    void captureRethrowsAnUnreachableDaemon() {
        docker.setUnreachable(true);
        assertThrows(DaemonUnreachableException.class, () -> engine.capture(Map.of("x", "container.web.id")));
    }
}
