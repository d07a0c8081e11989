package dev.layerlab.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes the learner's progress file at a path given by the caller.
 *
 * <p>A file whose content cannot be used (not JSON, wrong shape, a newer format) never stops
 * the learner: it is moved aside to {@code <name>.corrupt-<yyyyMMdd-HHmmss>} so nothing is lost,
 * {@link #load()} starts fresh, and {@link #notice()} says what happened. Saving writes a temp
 * file in the same folder, forces it to disk and renames it over the old one, so a crash mid-save
 * leaves either the old or the new file, never half of one.
 *
 * <p>Not thread-safe: one session owns one store.
 */
public final class ProgressStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Clock clock;
    private final ProgressJson json = new ProgressJson();
    private String notice;

    /** A store for {@code file}; nothing is read or created until {@link #load()}/{@link #save}. */
    public ProgressStore(Path file) {
        this(file, Clock.systemDefaultZone());
    }

    /** As {@link #ProgressStore(Path)}, with the clock that stamps moved-aside files. */
    public ProgressStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Where progress lives by default: {@code $XDG_STATE_HOME/layerlab/progress.json}, else
     * {@code <home>/.local/state/layerlab/progress.json}. A relative or blank
     * {@code XDG_STATE_HOME} is ignored, as the XDG base directory spec says.
     */
    public static Path defaultLocation(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "layerlab", "progress.json");
        }
        return home.resolve(".local").resolve("state").resolve("layerlab").resolve("progress.json");
    }

    /** The file this store reads and writes (absolute). */
    public Path file() {
        return file;
    }

    /**
     * The saved progress; {@link Progress#empty()} when there is no file yet, or when the file
     * could not be used (then it has been moved aside and {@link #notice()} says so).
     *
     * @throws ProgressException when an unusable file cannot even be moved aside
     */
    public Progress load() {
        notice = null;
        if (!Files.exists(file)) {
            return Progress.empty();
        }
        String reason;
        try {
            return json.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            reason = "it is not UTF-8 text";
        } catch (IOException e) {
            reason = "it could not be read: " + e.getMessage();
        } catch (ProgressJson.FormatException e) {
            reason = e.getMessage();
        }
        Path aside = moveAside(reason);
        notice = "your progress file was unreadable (" + reason + "); moved it to " + aside
                + " and started fresh";
        return Progress.empty();
    }

    /** What the last {@link #load()} had to do to a bad file, as one line; empty when nothing. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /**
     * Writes {@code progress} atomically, creating the folder when needed.
     *
     * @throws ProgressException when the folder or the file cannot be written
     */
    public void save(Progress progress) {
        Objects.requireNonNull(progress, "progress");
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ProgressException("cannot create the progress folder " + dir + ": " + e,
                    "make that folder writable, or set XDG_STATE_HOME to a writable folder", e);
        }
        byte[] bytes = json.write(progress).getBytes(StandardCharsets.UTF_8);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            replace(tmp);
            tmp = null;
        } catch (IOException e) {
            throw new ProgressException("cannot save progress to " + file + ": " + e,
                    "check that " + dir + " is writable and the disk is not full", e);
        } finally {
            deleteQuietly(tmp);
        }
        syncFolder(dir);
    }

    private void replace(Path tmp) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is rare (some network file systems); a plain replace is the
            // best that is left.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path moveAside(String reason) {
        String base = file.getFileName() + ".corrupt-" + STAMP.withZone(clock.getZone()).format(clock.instant());
        Path target = file.resolveSibling(base);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        try {
            Files.move(file, target);
            return target;
        } catch (IOException e) {
            throw new ProgressException("your progress file " + file + " is unreadable (" + reason
                    + ") and could not be moved aside: " + e,
                    "move or delete " + file + " yourself, then start layerlab again", e);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, hence best effort. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file content is already on disk; only the rename's durability is at stake.
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // A stray temp file is harmless and is named after the progress file.
        }
    }
}
