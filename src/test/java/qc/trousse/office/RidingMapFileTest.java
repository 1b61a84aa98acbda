package qc.trousse.office;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A change log that does not add up is refused naming its line and column, never half applied. */
class RidingMapFileTest {
    private static final String HEAD = "map,in_force_from,change,old_name,new_name,code,region,note\n"
            + "2017,2018-10-01,base,,,,,the base\n";

    private static List<RidingChange> read(String rows) throws IOException {
        return RidingMapFile.read(new StringReader(HEAD + rows), "riding-maps.csv");
    }

    @Test
    void theShippedLogReadsAsTheBaseAndSixteenChanges() {
        List<RidingChange> changes = RidingMapFile.shipped();
        assertThat(changes.get(0).kind()).isEqualTo(RidingChange.Kind.BASE);
        assertThat(changes).hasSize(17);
        assertThat(changes.get(3).line()).isEqualTo(5);
        assertThat(changes.get(3).oldName()).isEqualTo("Bourget");
    }

    @Test
    void aBadDateOrChangeNamesTheLineAndColumn() {
        assertThatThrownBy(() -> read("2025,5 octobre,rename,Gaspé,Gaspésie,,Montréal,x\n"))
                .hasMessage("riding-maps.csv, line 3, in_force_from: not a date 5 octobre");
        assertThatThrownBy(() -> read("2025,2026-10-05,moved,Gaspé,Gaspésie,,Montréal,x\n"))
                .hasMessage("riding-maps.csv, line 3, change: unknown change moved");
        assertThatThrownBy(() -> read("2025,2026-10-05,new,Gaspé,Gaspésie,,Montréal,x\n"))
                .hasMessage("riding-maps.csv, line 3, old_name: must be empty");
    }

    @Test
    void aRenameOfARidingNotInForceOrToOneAlreadyInForceIsRefused() throws IOException {
        Ridings base = Ridings.load();
        List<RidingChange> unknown = read("2025,2026-10-05,rename,Atlantide,Gaspésie,,Montréal,x\n");
        assertThatThrownBy(() -> new RidingMaps(base, unknown))
                .hasMessageContaining("line 3, old_name: Atlantide is not in force");
        List<RidingChange> taken = read("2025,2026-10-05,rename,Gaspé,Rimouski,,Montréal,x\n");
        assertThatThrownBy(() -> new RidingMaps(base, taken))
                .hasMessageContaining("line 3, new_name: Rimouski is already in force");
        List<RidingChange> region = read("2025,2026-10-05,new,,Bellefeuille,,Laurentie,x\n");
        assertThatThrownBy(() -> new RidingMaps(base, region))
                .hasMessageContaining("line 3, region: unknown region Laurentie");
    }
}
