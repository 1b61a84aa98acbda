package qc.trousse.ui.onsite;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import qc.trousse.certificates.print.CertificatePrinter;
import qc.trousse.ui.Failures;
import qc.trousse.ui.task.BackgroundExecutor;

import java.util.List;

/**
 * The printers the system offers, looked up off the FX thread, and the one chosen: the one chosen before while
 * the file is open, else the system's default, else the first.
 */
final class OnsitePrinters {
    private final CertificatePrinter printer;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty chosen = new SimpleStringProperty();

    OnsitePrinters(CertificatePrinter printer, BackgroundExecutor executor, OnsiteChoices choices) {
        this.printer = printer;
        chosen.set(choices.printer);
        chosen.addListener((o, a, b) -> choices.printer = b);
        executor.submit(p -> printer.printers(), this::show, e -> {
            Failures.log("printers not listed", e); // the print buttons then say there is no printer
            names.clear();
        });
    }

    ObservableList<String> names() {
        return names;
    }

    StringProperty chosen() {
        return chosen;
    }

    boolean none() {
        return names.isEmpty();
    }

    private void show(List<String> found) {
        names.setAll(found);
        if (chosen.get() == null || !found.contains(chosen.get())) {
            chosen.set(printer.defaultPrinter().filter(found::contains).orElse(found.isEmpty() ? null : found.get(0)));
        }
    }
}
