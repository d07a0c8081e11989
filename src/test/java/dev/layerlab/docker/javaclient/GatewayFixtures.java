package dev.layerlab.docker.javaclient;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Builds the images the gateway IT needs without any registry: a base image imported from the
 * host's static busybox, and an app image built on it with layers, a port, a label, a working
 * directory and files to read and change. Every object is named {@code lltest-gw-...}.
 */
final class GatewayFixtures {

    static final String BASE = "lltest-gw-busybox";
    static final String APP = "lltest-gw-app:1";
    private static final List<String> APPLETS = List.of("sh", "mkdir", "echo", "rm", "touch", "sleep", "ln", "cat", "true");

    private GatewayFixtures() {
    }

    static void buildImages(DockerClient docker, Path workDir) throws IOException {
        try {
            docker.inspectImageCmd(BASE).exec();
        } catch (NotFoundException e) {
            // Built FROM scratch rather than imported: docker-java's import sends a body the daemon rejects.
            docker.buildImageCmd().withTarInputStream(new ByteArrayInputStream(busyboxContext()))
                    .withTags(Set.of(BASE + ":latest")).withPull(false).withRemove(true).start().awaitImageId();
        }
        Path dockerfile = workDir.resolve("Dockerfile");
        Files.writeString(dockerfile, String.join("\n",
                "FROM " + BASE + ":latest",
                "RUN mkdir -p /data && echo hello > /data/greeting.txt && echo bye > /data/gone.txt && ln -s greeting.txt /data/link",
                "WORKDIR /data",
                "EXPOSE 8080",
                "LABEL dev.layerlab.test=gateway",
                "ENTRYPOINT [\"/bin/sh\", \"-c\"]",
                "CMD [\"echo hi\"]",
                ""));
        docker.buildImageCmd().withBaseDirectory(workDir.toFile()).withDockerfile(dockerfile.toFile())
                .withTags(Set.of(APP)).withPull(false).withRemove(true).start().awaitImageId();
    }

    /** A build context: Debian's static busybox, the applets the tests use, and a Dockerfile that copies them. */
    private static byte[] busyboxContext() throws IOException {
        byte[] busybox = Files.readAllBytes(Path.of("/bin/busybox"));
        byte[] dockerfile = "FROM scratch\nCOPY rootfs/ /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry df = new TarArchiveEntry("Dockerfile");
            df.setSize(dockerfile.length);
            tar.putArchiveEntry(df);
            tar.write(dockerfile);
            tar.closeArchiveEntry();
            TarArchiveEntry bin = new TarArchiveEntry("rootfs/bin/");
            bin.setMode(040755);
            tar.putArchiveEntry(bin);
            tar.closeArchiveEntry();
            TarArchiveEntry file = new TarArchiveEntry("rootfs/bin/busybox");
            file.setMode(0100755);
            file.setSize(busybox.length);
            tar.putArchiveEntry(file);
            tar.write(busybox);
            tar.closeArchiveEntry();
            for (String applet : APPLETS) {
                TarArchiveEntry link = new TarArchiveEntry("rootfs/bin/" + applet, TarArchiveEntry.LF_SYMLINK);
                link.setLinkName("busybox");
                link.setMode(0120777);
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
            }
            for (String dir : List.of("tmp/", "proc/", "sys/", "dev/", "etc/")) {
                TarArchiveEntry d = new TarArchiveEntry("rootfs/" + dir);
                d.setMode(040755);
                tar.putArchiveEntry(d);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Removes whatever the IT may have left behind, including from an earlier interrupted run. */
    static void removeAll(DockerClient docker) {
        docker.listContainersCmd().withShowAll(true).exec().stream()
                .filter(c -> c.getNames() != null && List.of(c.getNames()).stream().anyMatch(n -> n.startsWith("/lltest-gw-")))
                .forEach(c -> quietly(() -> docker.removeContainerCmd(c.getId()).withForce(true).exec()));
        for (String image : List.of(APP, "lltest-gw-app:extra", BASE + ":latest")) {
            quietly(() -> docker.removeImageCmd(image).exec());
        }
        for (String volume : List.of("lltest-gw-vol", "lltest-gw-rmvol")) {
            quietly(() -> docker.removeVolumeCmd(volume).exec());
        }
        quietly(() -> docker.removeNetworkCmd("lltest-gw-net").exec());
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (NotFoundException e) {
            // not there: fine
        }
    }
}
