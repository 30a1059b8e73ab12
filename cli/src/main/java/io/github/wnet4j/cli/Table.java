package io.github.wnet4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table with left-aligned columns; the last column is not padded. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    /**
     * Adds a row; line breaks inside a cell (native loaders' messages have them) become " / ", and
     * other control characters (a provider's or a state file's) {@code \}{@code uXXXX}.
     */
    Table row(String... cells) {
        String[] flat = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            flat[i] = ConsoleText.printable(cells[i].strip().replaceAll("\\s*\\R\\s*", " / "));
        }
        rows.add(flat);
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? r[i] : String.format("%-" + (width[i] + 2) + "s", r[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
