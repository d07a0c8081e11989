package dev.layerlab.ui.tui;

import dev.layerlab.session.DaemonStatus;
import dev.layerlab.ui.tui.Theme.Role;
import java.util.List;

/** The bottom lines: which daemon, the banner when it is lost, and the message line. */
final class StatusBar {

    private final Theme theme;

    StatusBar(Theme theme) {
        this.theme = theme;
    }

    /** The status line: the daemon on the left, the main keys on the right. */
    Row status(DaemonStatus daemon, int width) {
        String left = " " + daemon.describe();
        String right = "? help  q quit ";
        Paint paint = theme.paint(Role.STATUS);
        int gap = width - left.length() - right.length();
        return gap > 1 ? Row.of(left + " ".repeat(gap) + right, paint) : Row.of(left, paint);
    }

    /** The banner under the title while the daemon is lost, at most two lines; empty otherwise. */
    List<Row> banner(DaemonStatus daemon, int width) {
        if (daemon.phase() != DaemonStatus.Phase.LOST) {
            return List.of();
        }
        String why = daemon.message().isEmpty() ? "" : ": " + daemon.message();
        List<String> lines = Wrap.words(theme.glyphs().error() + " Docker daemon lost, checks paused" + why
                + " (they resume by themselves when it is back)", width - 2);
        return lines.stream().limit(2).map(l -> Row.of(" " + l, theme.paint(Role.BANNER))).toList();
    }

    /** The message line when the command line is not in use: a notice, or how to run a command. */
    Row message(String notice) {
        if (notice != null) {
            return Row.of(" " + notice, theme.paint(Role.NOTICE));
        }
        return new Row().add(" :", theme.paint(Role.KEY)).add(" or type ", theme.paint(Role.MUTED))
                .add("docker " + theme.glyphs().ellipsis(), theme.paint(Role.KEY))
                .add(" to run a command here; the screen steps aside while it runs", theme.paint(Role.MUTED));
    }

    /** The command line while it has the focus. */
    Row commandLine(String text) {
        return new Row().add(" $ ", theme.paint(Role.KEY)).add(text, theme.paint(Role.TEXT));
    }
}
