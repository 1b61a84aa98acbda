package qc.trousse.ui.certificates;

import qc.trousse.certificates.Recipient;
import qc.trousse.certificates.batch.RecipientBatch;
import qc.trousse.certificates.render.MissingCharacter;
import qc.trousse.certificates.render.MissingCharacters;
import qc.trousse.certificates.render.OfficeGaps;
import qc.trousse.i18n.I18n;
import qc.trousse.ui.DialogService;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * What is said before certificates are written or printed, in the order a person can act on it: first what the
 * office's profile lacks (fill it in, or go on), a stored background that keeps the pages from being archived,
 * then the characters no font has. Nothing goes out unless the
 * person has been told and chose to go on.
 */
final class OutputChecks {
    private static final int REPORT_LINES = 15;
    private static final int FILL_PROFILE = 0;
    private static final int GO_ON = 1;
    private final DialogService dialogs;
    private final OutputWork work;
    private final Runnable openProfile;

    OutputChecks(DialogService dialogs, OutputWork work, Runnable openProfile) {
        this.dialogs = dialogs;
        this.work = work;
        this.openProfile = openProfile;
    }

    /** Runs the checks for the chosen recipients, then the output if the person goes on. */
    void thenRun(String title, RecipientBatch batch, List<Recipient> chosen,
                 BiConsumer<RecipientBatch, List<Recipient>> output) {
        var gaps = OfficeGaps.warning(batch.fields(chosen.subList(0, 1)), batch.renderer().design());
        if (gaps.isPresent()) {
            int answer = dialogs.choose(title, gaps.get(), List.of(I18n.tr("output.gaps.fill"),
                    I18n.tr("output.gaps.goOn"), I18n.tr("output.gaps.cancel")));
            if (answer != GO_ON) {
                work.status().set(I18n.tr(answer == FILL_PROFILE ? "output.gaps.stopped" : "output.stopped"));
                if (answer == FILL_PROFILE) {
                    openProfile.run();
                }
                return;
            }
        }
        var notArchivable = batch.renderer().archiveWarning();
        if (notArchivable.isPresent() && !dialogs.confirm(title, notArchivable.get())) {
            work.status().set(I18n.tr("output.stopped"));
            return;
        }
        work.status().set(I18n.count("output.checking", chosen.size()));
        work.run(w -> batch.check(chosen), (List<MissingCharacter> missing) -> {
            if (missing.isEmpty() || dialogs.confirm(title, report(missing))) {
                output.accept(batch, chosen);
            } else {
                work.status().set(I18n.tr("output.stopped"));
            }
        }, OutputWork::reason);
    }

    static String report(List<MissingCharacter> missing) {
        List<String> lines = MissingCharacters.describe(missing);
        StringBuilder text = new StringBuilder(I18n.tr("output.missing.intro")).append("\n\n");
        lines.stream().limit(REPORT_LINES).forEach(l -> text.append("• ").append(l).append('\n'));
        if (lines.size() > REPORT_LINES) {
            text.append(I18n.count("output.missing.more", lines.size() - REPORT_LINES)).append('\n');
        }
        return text.append('\n').append(I18n.tr("output.missing.goOn")).toString();
    }
}
