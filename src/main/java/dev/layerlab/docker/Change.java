package dev.layerlab.docker;

/** One line of {@code docker diff}. */
public record Change(Kind kind, String path) {

    /** Added, changed or deleted, printed by {@code docker diff} as A, C and D. */
    public enum Kind {
        ADDED('A'), CHANGED('C'), DELETED('D');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        /** A, C or D (either case) to a kind. */
        public static Kind ofLetter(String letter) {
            for (Kind kind : values()) {
                if (letter.length() == 1 && Character.toUpperCase(letter.charAt(0)) == kind.letter) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not A, C or D: " + letter);
        }
    }
}
