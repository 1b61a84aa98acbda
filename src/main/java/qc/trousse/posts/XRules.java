package qc.trousse.posts;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

import java.text.Normalizer;

/**
 * X's weighted length, as twitter-text 3.1.0 computes it (URLs 23, light ranges 1, everything else 2, text
 * in NFC), with one correction: any emoji sequence of current Unicode counts 2, as X counts it. twitter-text's
 * emoji table stops at Emoji 11, so alone it weighs 🫱🏽‍🫲🏿 9 and ❤️‍🔥 5.
 */
final class XRules extends CountingRules {
    XRules(RuleFacts facts, OfficeNetworks office) {
        super(facts, "posts.counts.weighted");
    }

    @Override
    public PostLength measure(String text) {
        Tally tally = new Tally(limit());
        tally.walk(text, TextEntities.urls(text, facts().caps().urlLength()), XRules::weight);
        return length(text, tally, 0, tally.overAt());
    }

    /** One grapheme cluster: an emoji (however many code points) weighs 2, anything else by its code points. */
    static int weight(String cluster) {
        if (UCharacter.hasBinaryProperty(cluster, UProperty.RGI_EMOJI)) {
            return 2;
        }
        return Normalizer.normalize(cluster, Normalizer.Form.NFC).codePoints().map(XRules::weight).sum();
    }

    /** twitter-text's default ranges: these weigh 1, every other code point 2. */
    static int weight(int cp) {
        boolean light = cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F)
                || (cp >= 0x2032 && cp <= 0x2037);
        return light ? 1 : 2;
    }
}
