package dev.layerlab.session;

import dev.layerlab.docker.ContainerInfo;
import dev.layerlab.docker.ContainerState;
import dev.layerlab.docker.DockerGateway;
import dev.layerlab.docker.ImageInfo;
import dev.layerlab.docker.MountInfo;
import dev.layerlab.docker.VolumeInfo;
import dev.layerlab.lesson.Cleanup;
import dev.layerlab.lesson.Lesson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Looks at a command line the learner is about to run and tells whether it would remove Docker
 * objects that the open lesson does not name in its cleanup: prunes ({@code docker system prune},
 * {@code container prune}, {@code image prune}, {@code volume prune}) and bulk removals
 * ({@code docker rm -f $(docker ps -aq)}, {@code docker rmi -f $(docker images -q)},
 * {@code docker volume rm $(docker volume ls -q)}, and the same through {@code xargs}). The
 * interface shows the warning and asks before running. Recognition is by pattern, not by a shell
 * parser: it errs on the side of asking.
 */
public final class CommandGuard {

    private static final Pattern SYSTEM_PRUNE = Pattern.compile("\\bdocker\\s+system\\s+prune\\b");
    private static final Pattern CONTAINER_PRUNE = Pattern.compile("\\bdocker\\s+container\\s+prune\\b");
    private static final Pattern IMAGE_PRUNE = Pattern.compile("\\bdocker\\s+image\\s+prune\\b");
    private static final Pattern VOLUME_PRUNE = Pattern.compile("\\bdocker\\s+volume\\s+prune\\b");
    private static final Pattern RM = Pattern.compile("\\bdocker\\s+(container\\s+)?rm\\b");
    private static final Pattern RMI = Pattern.compile("\\bdocker\\s+(rmi|image\\s+rm)\\b");
    private static final Pattern VOLUME_RM = Pattern.compile("\\bdocker\\s+volume\\s+rm\\b");
    private static final Pattern PS_LISTING = Pattern.compile("\\bdocker\\s+(container\\s+)?(ps|ls)\\b([^)`|;&]*)");
    private static final Pattern IMAGE_LISTING = Pattern.compile("\\bdocker\\s+(images|image\\s+ls)\\b");
    private static final Pattern VOLUME_LISTING = Pattern.compile("\\bdocker\\s+volume\\s+ls\\b");
    private static final Pattern ALL_FLAG = Pattern.compile("(^|\\s)(-[a-zA-Z]*a[a-zA-Z]*|--all)(\\s|$)");

    private final DockerGateway docker;

    public CommandGuard(DockerGateway docker) {
        this.docker = docker;
    }

    /**
     * What the command would remove beyond the lesson's own objects.
     *
     * @param commandLine as typed
     * @param lesson the open lesson, or null on the course map (then nothing is the lesson's)
     * @return a warning naming each object, or empty when the command removes nothing of the learner's
     */
    public Optional<Warning> review(String commandLine, Lesson lesson) {
        Cleanup own = lesson == null ? Cleanup.NONE : lesson.cleanup();
        Set<String> objects = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        for (String segment : commandLine.split(";|&&|\\|\\||\\n")) {
            review(segment.strip(), own, objects, reasons);
        }
        if (objects.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(String.join("; ", reasons), List.copyOf(objects)));
    }

    private void review(String segment, Cleanup own, Set<String> objects, List<String> reasons) {
        if (SYSTEM_PRUNE.matcher(segment).find()) {
            boolean all = hasAll(after(SYSTEM_PRUNE, segment));
            boolean volumes = after(SYSTEM_PRUNE, segment).contains("--volumes");
            reasons.add("system prune removes every stopped container, " + (all ? "every image no running container uses" : "dangling images")
                    + (volumes ? ", unused volumes" : "") + " and unused networks");
            add(objects, "container", stoppedContainers(own));
            add(objects, "image", all ? unusedImages(own, true) : danglingImages());
            if (volumes) {
                add(objects, "volume", unusedVolumes(own, true));
            }
        } else if (CONTAINER_PRUNE.matcher(segment).find()) {
            reasons.add("container prune removes every stopped container");
            add(objects, "container", stoppedContainers(own));
        } else if (IMAGE_PRUNE.matcher(segment).find()) {
            boolean all = hasAll(after(IMAGE_PRUNE, segment));
            reasons.add(all ? "image prune -a removes every image no container uses" : "image prune removes every dangling image");
            add(objects, "image", all ? unusedImages(own, false) : danglingImages());
        } else if (VOLUME_PRUNE.matcher(segment).find()) {
            reasons.add("volume prune removes every volume no container uses");
            add(objects, "volume", unusedVolumes(own, false));
        } else if (RM.matcher(segment).find() && PS_LISTING.matcher(segment).find()) {
            var listing = PS_LISTING.matcher(segment);
            listing.find();
            boolean all = hasAll(listing.group(3));
            reasons.add(all ? "this removes every container" : "this removes every running container");
            add(objects, "container", containers(own, all));
        } else if (RMI.matcher(segment).find() && IMAGE_LISTING.matcher(segment).find()) {
            reasons.add("this removes every image");
            add(objects, "image", allImages(own));
        } else if (VOLUME_RM.matcher(segment).find() && VOLUME_LISTING.matcher(segment).find()) {
            reasons.add("this removes every volume");
            add(objects, "volume", docker.volumes().stream().map(VolumeInfo::name)
                    .filter(v -> !own.volumes().contains(v)).map(v -> "\"" + v + "\"").toList());
        }
    }

    private static String after(Pattern pattern, String segment) {
        var matcher = pattern.matcher(segment);
        return matcher.find() ? segment.substring(matcher.end()) : "";
    }

    private static boolean hasAll(String flags) {
        return ALL_FLAG.matcher(flags).find();
    }

    private static void add(Set<String> objects, String kind, List<String> names) {
        names.forEach(n -> objects.add(kind + " " + n));
    }

    private List<String> stoppedContainers(Cleanup own) {
        return docker.containers().stream().filter(c -> !own.containers().contains(c.name()))
                .filter(c -> !alive(c)).map(c -> "\"" + c.name() + "\" (" + c.stateDisplay() + ")").toList();
    }

    private List<String> containers(Cleanup own, boolean all) {
        return docker.containers().stream().filter(c -> !own.containers().contains(c.name()))
                .filter(c -> all || alive(c)).map(c -> "\"" + c.name() + "\" (" + c.stateDisplay() + ")").toList();
    }

    private static boolean alive(ContainerInfo c) {
        return c.state() == ContainerState.RUNNING || c.state() == ContainerState.PAUSED
                || c.state() == ContainerState.RESTARTING;
    }

    private List<String> danglingImages() {
        return docker.images().stream().filter(CommandGuard::dangling).map(i -> i.shortId() + " (untagged)").toList();
    }

    /** Images no container uses; {@code runningOnly}: after a system prune only running containers keep theirs. */
    private List<String> unusedImages(Cleanup own, boolean runningOnly) {
        Set<String> used = docker.containers().stream().filter(c -> !runningOnly || alive(c))
                .map(ContainerInfo::imageId).collect(Collectors.toSet());
        return docker.images().stream().filter(i -> !used.contains(i.id())).filter(i -> !ownImage(i, own))
                .map(CommandGuard::imageName).toList();
    }

    private List<String> allImages(Cleanup own) {
        return docker.images().stream().filter(i -> !ownImage(i, own)).map(CommandGuard::imageName).toList();
    }

    /** Volumes no container mounts; {@code runningOnly}: after a system prune only running containers keep theirs. */
    private List<String> unusedVolumes(Cleanup own, boolean runningOnly) {
        Set<String> mounted = docker.containers().stream().filter(c -> !runningOnly || alive(c)).flatMap(c -> c.mounts().stream())
                .map(MountInfo::name).collect(Collectors.toSet());
        return docker.volumes().stream().map(VolumeInfo::name).filter(v -> !mounted.contains(v))
                .filter(v -> !own.volumes().contains(v)).map(v -> "\"" + v + "\"").toList();
    }

    private static boolean dangling(ImageInfo image) {
        return image.repoTags().isEmpty() || image.repoTags().stream().allMatch(t -> t.equals("<none>:<none>"));
    }

    private static boolean ownImage(ImageInfo image, Cleanup own) {
        return !image.repoTags().isEmpty() && own.images().stream()
                .anyMatch(ref -> image.repoTags().contains(ref) || image.repoTags().contains(ref + ":latest"))
                && image.repoTags().stream().allMatch(t -> own.images().contains(t)
                        || own.images().contains(t.endsWith(":latest") ? t.substring(0, t.length() - 7) : t));
    }

    private static String imageName(ImageInfo image) {
        return dangling(image) ? image.shortId() + " (untagged)" : "\"" + String.join(", ", image.repoTags()) + "\"";
    }

    /**
     * A command that reaches beyond the lesson.
     *
     * @param reason what the command removes, in one line, e.g. {@code container prune removes every stopped container}
     * @param objects each object it would remove now that the lesson does not name, e.g. {@code container "db" (Exited (0))}
     */
    public record Warning(String reason, List<String> objects) {

        public Warning {
            objects = List.copyOf(objects);
        }
    }
}
