package qc.trousse.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFileLocationTest {
    @Test
    void followsEachSystemsConvention() {
        assertThat(DataFileLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "/x"), "/home/l"))
                .isEqualTo(Path.of("/x/trousse-jps/trousse.db"));
        assertThat(DataFileLocation.defaultFile("Linux", Map.of(), "/home/l"))
                .isEqualTo(Path.of("/home/l/.local/share/trousse-jps/trousse.db"));
        assertThat(DataFileLocation.defaultFile("Mac OS X", Map.of(), "/Users/l").toString())
                .isEqualTo("/Users/l/Library/Application Support/TrousseJPS/trousse.db");
        assertThat(DataFileLocation.defaultFile("Windows 11", Map.of("APPDATA", "C:\\Users\\l\\AppData\\Roaming"),
                "C:\\Users\\l").toString()).contains("TrousseJPS").endsWith("trousse.db");
    }
}
