package qc.trousse.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;
import qc.trousse.office.OfficeProfile;
import qc.trousse.report.ReportTexts;
import qc.trousse.report.WeekReportPdf;
import qc.trousse.report.WeekSummaries;
import qc.trousse.report.WeekSummary;
import qc.trousse.session.Session;
import qc.trousse.ui.DialogService;
import qc.trousse.ui.Failures;
import qc.trousse.ui.FileType;
import qc.trousse.ui.task.BackgroundExecutor;
import qc.trousse.ui.task.RunningWork;
import qc.trousse.work.Progress;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report screen: the PDF previewed page by page in the language chosen for the report, and its export.
 * The summary is read on the FX thread (the services are in memory); the PDF is made and drawn off it.
 */
public final class ReportViewModel {
    static final FileType PDF = new FileType("report.file.pdf", List.of("*.pdf"));
    private final Session session;
    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Lang> reportLang = new SimpleObjectProperty<>(I18n.language());
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final Runnable changed = this::refresh;
    private final Consumer<OfficeProfile> profileChanged = p -> refresh();
    private RunningWork preview;
    private int generation;

    public ReportViewModel(Session session, DialogService dialogs, BackgroundExecutor executor) {
        this.session = session;
        this.dialogs = dialogs;
        this.executor = executor;
        reportLang.addListener((o, a, b) -> refresh());
        // An undo or redo while the report is shown changes what it says.
        session.gestures().addListener(changed);
        session.guests().addListener(changed);
        session.office().addListener(profileChanged);
    }

    public void dispose() {
        session.gestures().removeListener(changed);
        session.guests().removeListener(changed);
        session.office().removeListener(profileChanged);
        if (preview != null) {
            preview.cancel();
        }
    }

    /** Makes the preview again; a preview still being drawn is dropped. */
    public void refresh() {
        if (preview != null) {
            preview.cancel();
        }
        int mine = ++generation;
        Lang lang = reportLang.get();
        WeekSummary summary = WeekSummaries.of(session, lang);
        working.set(true);
        status.set(I18n.tr("report.rendering"));
        progress.unbind();
        preview = executor.submit(p -> PreviewPages.render(summary, lang, p), images -> {
            if (mine == generation) {
                pages.setAll(images);
                pageIndex.set(Math.min(pageIndex.get(), images.size() - 1));
                done("");
            }
        }, e -> {
            if (mine == generation) {
                done(e instanceof Progress.CancelledException ? "" : I18n.tr("report.previewFailed", e.getMessage()));
            }
        });
        if (working.get()) {
            // Still drawing (an executor that finishes at once has already called back).
            progress.bind(preview.progress());
        }
    }

    public void export() {
        dialogs.saveFile(I18n.tr("report.export"), new ReportTexts(reportLang.get()).tr("report.fileName",
                        qc.trousse.campaign.WeekWords.year(session.campaign().year())),
                List.of(PDF)).ifPresent(this::exportTo);
    }

    /** Writes the report in the background; the status line says where it went, a failure says why. */
    public void exportTo(Path target) {
        Lang lang = reportLang.get();
        WeekSummary summary = WeekSummaries.of(session, lang);
        working.set(true);
        executor.submit(p -> {
            WeekReportPdf.write(summary, lang, target);
            return target;
        }, t -> done(I18n.tr("report.exported", t)), e -> {
            String why = e instanceof IllegalArgumentException ? e.getMessage()
                    : qc.trousse.ui.OutputFailures.sentence(e,
                    () -> I18n.tr("report.writeFailed", target, e.getMessage()));
            done(why);
            Failures.report(dialogs, I18n.tr("report.export"), why, e);
        });
    }

    private void done(String message) {
        progress.unbind();
        progress.set(-1);
        working.set(false);
        status.set(message);
    }

    public void next() {
        pageIndex.set(Math.min(pageIndex.get() + 1, pages.size() - 1));
    }

    public void previous() {
        pageIndex.set(Math.max(pageIndex.get() - 1, 0));
    }

    public ObjectBinding<Image> page() {
        return Bindings.createObjectBinding(() -> pages.isEmpty() ? null
                : pages.get(Math.max(0, Math.min(pageIndex.get(), pages.size() - 1))), pages, pageIndex);
    }

    public StringBinding pageLabel() {
        return Bindings.createStringBinding(() -> pages.isEmpty() ? ""
                : I18n.tr("report.pageOf", pageIndex.get() + 1, pages.size()), pages, pageIndex);
    }

    public BooleanBinding atFirst() {
        return pageIndex.lessThanOrEqualTo(0);
    }

    public BooleanBinding atLast() {
        return pageIndex.greaterThanOrEqualTo(Bindings.size(pages).subtract(1));
    }

    public ObjectProperty<Lang> reportLang() {
        return reportLang;
    }

    public ObservableList<Image> pages() {
        return pages;
    }

    public IntegerProperty pageIndex() {
        return pageIndex;
    }

    public BooleanProperty working() {
        return working;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty status() {
        return status;
    }
}
