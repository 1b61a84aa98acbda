package qc.trousse.posts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Everything to say about one text: its length on each network, the campaign hashtag, leftover placeholders, typography. */
public record PostCheck(String text, List<PostLength> lengths, boolean hasHashtag, List<String> placeholders,
                        List<TypoRemark> typography) {

    public static PostCheck of(String text, String hashtag, boolean french) {
        List<PostLength> lengths = new ArrayList<>();
        Arrays.stream(Network.values()).forEach(n -> lengths.add(n.measure(text)));
        return new PostCheck(text, List.copyOf(lengths), Hashtags.has(text, hashtag), Placeholders.left(text),
                Typography.check(text, french));
    }

    public boolean fitsEverywhere() {
        return lengths.stream().allMatch(PostLength::fits);
    }
}
