package dev.layerlab.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract's default methods, on a gateway that implements only {@code readFile}. */
class DockerGatewayDefaultsTest {

    private static final Map<String, byte[]> FILES = Map.of("/etc/hostname", "web\n".getBytes(StandardCharsets.UTF_8));

    private final DockerGateway gateway = (DockerGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {DockerGateway.class}, readFileOnly());

    private static InvocationHandler readFileOnly() {
        return (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("readFile")) {
                if (!args[0].equals("web")) {
                    throw new NoSuchObjectException("No such container: " + args[0]);
                }
                return Optional.ofNullable(FILES.get((String) args[1]));
            }
            throw new UnsupportedOperationException(method.getName());
        };
    }

    @Test
    void statFileFallsBackOnReadFile() {
        assertEquals(Optional.of(new FileStat("hostname", 4, false)), gateway.statFile("web", "/etc/hostname"));
        assertEquals(Optional.empty(), gateway.statFile("web", "/etc/missing"));
        assertThrows(NoSuchObjectException.class, () -> gateway.statFile("db", "/etc/hostname"));
    }
}
