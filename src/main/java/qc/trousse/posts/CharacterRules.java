package qc.trousse.posts;

import java.text.Normalizer;

/**
 * Networks that count characters (Facebook, Instagram, LinkedIn, Threads): the UTF-16 length of the text in
 * NFC, which is never below what a person sees, so a draft that fits here fits there. Links and hashtags are
 * capped where the network caps them (Threads 5 links; Instagram 30 hashtags, then 5 from December 2025).
 */
final class CharacterRules extends CountingRules {
    CharacterRules(RuleFacts facts, OfficeNetworks office) {
        super(facts, "posts.counts.characters");
    }

    @Override
    public PostLength measure(String text) {
        Tally tally = new Tally(limit());
        tally.walk(text, java.util.List.of(), c -> Normalizer.normalize(c, Normalizer.Form.NFC).length());
        return length(text, tally, 0, tally.overAt());
    }
}
