package qc.trousse.cli;

import qc.trousse.campaign.CampaignFaults;
import qc.trousse.campaign.EditionDraft;
import qc.trousse.campaign.Editions;
import qc.trousse.i18n.I18n;
import qc.trousse.store.CarryOver;
import qc.trousse.store.DataFileException;
import qc.trousse.store.EditionFileMaker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * `--data NEW.db edition new --year 2027 [--from OLD.db [--riding NAME]] [--first-day D] [--theme T]
 * [--hashtag H] [--campaign FILE]`: a new edition's file, whole or not at all; from OLD.db it takes everything an office carries
 * over (profile, team, accounts, images, design, custom gestures, guests to invite, past recipients).
 */
final class EditionNewCommand implements CliCommand {
    @Override
    public String name() {
        return "edition new";
    }

    @Override
    public String helpKey() {
        return "edition.cli.help.new";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        Integer year = null;
        Optional<Path> from = Optional.empty();
        Optional<Path> campaign = Optional.empty();
        Optional<LocalDate> firstDay = Optional.empty();
        Optional<String> theme = Optional.empty();
        Optional<String> hashtag = Optional.empty();
        Optional<String> riding = Optional.empty();
        String[] a = args.toArray(String[]::new);
        for (int i = 0; i < a.length; i++) {
            switch (a[i]) {
                case "--year" -> year = year(GlobalOptions.value(a, ++i, "--year"));
                case "--from" -> from = Optional.of(Path.of(GlobalOptions.value(a, ++i, "--from")));
                case "--campaign" -> campaign = Optional.of(Path.of(GlobalOptions.value(a, ++i, "--campaign")));
                case "--first-day" -> firstDay = Optional.of(SetOptions.day(GlobalOptions.value(a, ++i, "--first-day")));
                case "--theme" -> theme = Optional.of(GlobalOptions.value(a, ++i, "--theme"));
                case "--hashtag" -> hashtag = Optional.of(GlobalOptions.value(a, ++i, "--hashtag"));
                case "--riding" -> riding = Optional.of(GlobalOptions.value(a, ++i, "--riding"));
                default -> throw new UsageException("cli.unknownOption", a[i]);
            }
        }
        if (year == null) {
            throw new UsageException("cli.missingValue", "--year");
        }
        String text;
        try {
            text = EditionDraft.ownText(Editions.shipped(), year, received(campaign),
                    new EditionDraft.Answers(firstDay, theme, hashtag));
        } catch (CampaignFaults e) {
            throw new CommandFailure(e.firstFault(), e);
        }
        if (from.isEmpty() && riding.isPresent()) {
            throw new UsageException("edition.cli.ridingWithoutFrom");
        }
        Optional<EditionFileMaker.NewRiding> newRiding = from.isEmpty() ? Optional.empty()
                : RidingCarryArg.resolve(from.get(), year, text, riding, context.out());
        try {
            EditionFileMaker.make(context.data(), new EditionFileMaker.Plan(year, text, from,
                    from.isPresent() ? EnumSet.allOf(CarryOver.class) : EnumSet.noneOf(CarryOver.class), newRiding));
        } catch (DataFileException e) {
            throw new CommandFailure(e.userMessage(), e);
        }
        context.out().println(I18n.tr(from.isPresent() ? "edition.cli.madeFrom" : "edition.cli.made",
                context.data(), String.valueOf(year), from.map(Path::toString).orElse("")));
        return 0;
    }

    private static Optional<EditionDraft.Source> received(Optional<Path> file) throws CommandFailure {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file.get());
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new EditionDraft.Source(file.get().getFileName().toString(), text));
        } catch (CharacterCodingException e) {
            throw new CommandFailure(I18n.tr("edition.cli.notUtf8", file.get()), e);
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("edition.cli.unreadable", file.get()), e);
        }
    }

    private static int year(String text) throws UsageException {
        if (!text.matches("\\d{4}")) {
            throw new UsageException("edition.cli.badYear", text);
        }
        return Integer.parseInt(text);
    }
}
