package qc.trousse.posts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything to say about one text: its length on each network by the rules of its day, the campaign hashtag,
 * leftover placeholders, typography.
 */
public record PostCheck(String text, List<PostLength> lengths, boolean hasHashtag, List<String> placeholders,
                        List<TypoRemark> typography) {

    /** As on the first day of JPS 2020, with no office setting. */
    public static PostCheck of(String text, String hashtag, boolean french) {
        return of(text, hashtag, french, OfficeNetworks.DEFAULT, FirstEdition.day());
    }

    public static PostCheck of(String text, String hashtag, boolean french, OfficeNetworks office, LocalDate day) {
        List<PostLength> lengths = new ArrayList<>();
        for (Network n : Network.values()) {
            lengths.add(office.measure(n, text, day));
        }
        return new PostCheck(text, List.copyOf(lengths), Hashtags.has(text, hashtag), Placeholders.left(text),
                Typography.check(text, french));
    }

    public boolean fitsEverywhere() {
        return lengths.stream().allMatch(PostLength::fits);
    }

    /** The networks among those used that refuse the text. */
    public List<Network> refusedBy(List<Network> used) {
        return lengths.stream().filter(l -> used.contains(l.network()) && !l.fits()).map(PostLength::network).toList();
    }
}
