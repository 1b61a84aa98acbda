package qc.trousse.cli;

import qc.trousse.i18n.I18n;
import qc.trousse.posts.PostCheck;
import qc.trousse.posts.PostLength;
import qc.trousse.posts.TypoRemark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * `posts check FILE.txt`: the text's length on each network against its limit, then each typography remark
 * with its position. Exit 0 when it fits every network, 3 when it does not. Needs no data file.
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
        if (args.size() != 1) {
            throw args.isEmpty() ? new UsageException("posts.cli.checkWhat")
                    : new UsageException("cli.unexpected", args.get(1));
        }
        Path file = Path.of(args.get(0));
        String text = read(file);
        String hashtag = context.campaign().hashtag();
        PostCheck check = PostCheck.of(text, hashtag, true);
        for (PostLength l : check.lengths()) {
            String verdict = I18n.tr(l.fits() ? "posts.cli.fits" : "posts.cli.over");
            String tags = l.network().hashtagLimit() > 0
                    ? "\t" + I18n.tr("posts.cli.hashtags", l.hashtags(), l.network().hashtagLimit()) : "";
            context.out().println(l.network().label() + "\t" + l.length() + "/" + l.limit() + "\t" + verdict + tags);
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
        return check.fitsEverywhere() ? 0 : DOES_NOT_FIT;
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
            throw new CommandFailure(I18n.tr("posts.cli.noFile", file));
        } catch (CharacterCodingException e) {
            throw new CommandFailure(I18n.tr("posts.cli.notUtf8", file));
        } catch (IOException e) {
            throw new CommandFailure(I18n.tr("posts.cli.readFailed", file, e.getMessage()));
        }
    }
}
