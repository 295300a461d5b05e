package dev.hyde.theme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The theme's file list (a jar cannot be listed) names exactly the files of its folder. */
class ThemeFileListTest {
    @Test
    void listMatchesTheFolder() throws IOException {
        Path folder = Path.of("src/main/resources", Theme.ROOT);
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(folder)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("files.txt")).sorted().toList();
        }
        List<String> listed = Stream.concat(Theme.layouts().stream().map(l -> "layouts/" + l), Theme.assets().stream())
                .sorted().toList();
        List<String> pages = onDisk.stream().filter(f -> f.startsWith("pages/")).toList();
        assertEquals(onDisk.stream().filter(f -> !f.startsWith("pages/")).toList(), listed);
        assertEquals(List.of("pages/404.md"), pages);
    }
}
