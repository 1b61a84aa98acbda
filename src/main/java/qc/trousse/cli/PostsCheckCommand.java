package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.EditionNetworks;
import qc.trousse.posts.OfficeNetworks;
import qc.trousse.posts.PostCheck;
import qc.trousse.posts.PostLength;
import qc.trousse.posts.TypoRemark;
import qc.trousse.session.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * `posts check FILE.txt [--day YYYY-MM-DD]`: the text's length on each network as that network counts it, by
 * the rules in force on the day (the campaign's first day unless given), then each typography remark with its
 * position. Exit 0 when every network the office uses takes it, 3 when one refuses it. The networks used come
 * from the data file when there is one, else those its edition lists.
 */
final class PostsCheckCommand implements CliCommand {
    static final int DOES_NOT_FIT = 3;

    @Override
    public String name() {
        return "posts check";
    }

    @Override
    public String helpKey() {
        return "cli.help.postsCheck";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException, CommandFailure {
        List<String> rest = new ArrayList<>(args);
        LocalDate day = day(rest);
        if (rest.size() != 1) {
            throw rest.isEmpty() ? new UsageException("posts.cli.checkWhat")
                    : new UsageException("cli.unexpected", rest.get(1));
        }
        Path file = Path.of(rest.get(0));
        String text = read(file);
        String hashtag = context.campaign().hashtag();
        OfficeNetworks office = networks(context);
        PostCheck check = PostCheck.of(text, hashtag, true, office, day == null ? context.campaign().start() : day);
        for (PostLength l : check.lengths()) {
            context.out().println(PostsCheckLine.of(l, office.uses(l.network()), text));
        }
        if (!check.hasHashtag()) {
            context.out().println(I18n.tr("posts.warning.hashtag", hashtag));
        }
        if (!check.placeholders().isEmpty()) {
            context.out().println(I18n.tr("posts.warning.placeholders",
                    String.join(", ", check.placeholders().stream().map(p -> "{" + p + "}").toList())));
        }
        for (TypoRemark r : check.typography()) {
            context.out().println(I18n.tr("posts.cli.remark", r.position(), I18n.tr(r.rule().key()),
                    r.before(text), r.after(text)));
        }
        return check.refusedBy(office.used()).isEmpty() ? 0 : DOES_NOT_FIT;
    }

    /** Takes "--day YYYY-MM-DD" out of the arguments; null when absent (the edition's first day is used). */
    private static LocalDate day(List<String> rest) throws UsageException {
        int at = rest.indexOf("--day");
        if (at < 0) {
            return null; // the first day of the file's edition, read once the file is known
        }
        if (at + 1 >= rest.size()) {
            throw new UsageException("posts.cli.dayWhat");
        }
        String value = rest.remove(at + 1);
        rest.remove(at);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("posts.cli.dayInvalid", value);
        }
    }

    /** The office's networks when its data file exists; with no file, the networks of the edition. */
    private static OfficeNetworks networks(CliContext context) throws CommandFailure {
        if (!Files.exists(context.data())) {
            return OfficeNetworks.DEFAULT.withUsed(EditionNetworks.of(context.campaign()));
        }
        try (Session session = context.openSession()) {
            return session.posts().networks();
        }
    }

    /** Reads the file as UTF-8 (a leading byte order mark is dropped); anything else is refused by name. */
    private static String read(Path file) throws CommandFailure {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return text.endsWith("\n") ? text.stripTrailing() : text;
        } catch (NoSuchFileException e) {
            throw new CommandFailure(I18n.tr("posts.cli.noFile", file), e);
        } catch (CharacterCodingException e) {
            throw new CommandFailure(I18n.tr("posts.cli.notUtf8", file), e);
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("posts.cli.readFailed", file, e.getMessage()), e);
        }
    }
}
