package qc.trousse.posts;

import java.util.ArrayList;
import java.util.List;

/** Texts an office writes, and the hard cases of Unicode, for comparing each counter with its reference. */
final class PostCorpus {
    private PostCorpus() {
    }

    /** Texts whose emoji are all in Emoji 11, so twitter-text 3.1.0 and X agree on them. */
    static List<String> texts() {
        List<String> t = new ArrayList<>(List.of(
                "Bonjour",
                "Persévérance scolaire #JPS2020",
                "Merci à l’équipe-école de la polyvalente Émile-Legault : bravo !",
                "«\u00A0Nos gestes, un + pour leur réussite!\u00A0»",
                "Merci\u202F! Bravo\u202F; à demain\u202F?",
                "Voir https://journeesperseverancescolaire.com/outils?a=1&b=2 #JPS2020",
                "Site\u00A0: journeesperseverancescolaire.com et www.reseaureussitemontreal.ca",
                "http://example.com/a-very/long/path/that/goes/on/and/on/for/ever/and/ever?with=query#frag",
                "Deux liens : https://rqre.qc.ca et https://www.assnat.qc.ca/fr/deputes/",
                "Six liens : a.ca b.ca c.ca d.ca e.ca f.ca",
                "Merci @LDuvernayTardif et @RQRE_officiel !",
                "Merci @marie@mastodon.social et @jps@piaille.fr pour le relais",
                "Courriel : bureau.jean-talon@assnat.qc.ca",
                "#persévérance #JPS2020 #réussite #éducation #jeunesse #Québec",
                "Bravo 👍🏽 👍🏿 👋🏻",
                "Famille 👨‍👩‍👧‍👦 et 👩‍👩‍👦",
                "👩🏾‍🎓 Bravo aux finissantes!",
                "Drapeaux 🇨🇦 🇫🇷 🇺🇸",
                "Touches 1️⃣ 2️⃣ #️⃣ *️⃣",
                "❤️ 💚 🤍 ✨ ⭐",
                "e\u0301cole, cafe\u0301, pre\u0301sident",
                "日本語のテキスト",
                "한국어 텍스트와 中文",
                "– — ’ … · • ‹ ›",
                "Ligne 1\nLigne 2\r\nLigne 3",
                "\t onglet et espaces   ",
                "La persévérance scolaire, un + pour leur réussite. ".repeat(6) + "#JPS2020",
                "Jeudi perséVERT 💚 : portez du vert et publiez votre photo avec #JPS2020 🙌",
                "Mme Lucie Gagnon, de la Maison des jeunes, reçoit un certificat de reconnaissance 🎉 #JPS2020",
                "Ωmega, Ελληνικά, Кириллица, עברית, العربية",
                "😀😃😄😁😆😅🤣😂🙂🙃😉😊😇",
                "🧑‍🤝‍🧑 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏴󠁧󠁢󠁥󠁮󠁧󠁿",
                "🫶 🫠 🥹",
                "© ® ™ ‼ ⁉",
                "Lien sans schéma assnat.qc.ca/fr/ et fin."));
        t.add("a".repeat(279));
        t.add("a".repeat(280));
        t.add("a".repeat(281));
        t.add("é".repeat(299));
        t.add("é".repeat(300));
        t.add("é".repeat(301));
        t.add("日".repeat(140));
        t.add("日".repeat(141));
        t.add("👍🏽".repeat(140));
        t.add("👍🏽".repeat(141));
        t.add("x".repeat(499));
        t.add("x".repeat(500));
        t.add("x".repeat(501));
        t.add("https://journeesperseverancescolaire.com ".repeat(12));
        return t;
    }

    /** Emoji newer than twitter-text 3.1.0's table: X counts each 2, the library counts them higher. */
    static List<String> recentEmoji() {
        return List.of("🫱🏽‍🫲🏿", "❤️‍🔥", "🐦‍🔥", "🙂‍↕️", "🧑🏽‍🦰", "🫱🏻");
    }
}
