package dev.parley.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.model.MessageText.Kind;
import dev.parley.client.model.MessageText.Link;
import dev.parley.client.model.MessageText.Segment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTextTest {
    private static List<String> urls(String text) {
        return MessageText.links(text).stream().map(Link::url).toList();
    }

    private static List<String> shown(String text) {
        return MessageText.links(text).stream().map(l -> text.substring(l.start(), l.end())).toList();
    }

    @Test
    void links_findHttpHttpsAndWww() {
        assertThat(urls("see http://example.org and https://parley.dev/docs?a=1#x or www.example.com/path"))
                .containsExactly("http://example.org", "https://parley.dev/docs?a=1#x", "https://www.example.com/path");
    }

    @Test
    void links_wwwOpensAsHttps_butShowsAsWritten() {
        String text = "go to WWW.Example.com now";

        assertThat(shown(text)).containsExactly("WWW.Example.com");
        assertThat(urls(text)).containsExactly("https://WWW.Example.com");
    }

    @Test
    void links_leaveOutTrailingPunctuation() {
        assertThat(shown("Read https://x.org/a. Then https://x.org/b, https://x.org/c; https://x.org/d: https://x.org/e! https://x.org/f?"))
                .containsExactly("https://x.org/a", "https://x.org/b", "https://x.org/c", "https://x.org/d", "https://x.org/e", "https://x.org/f");
    }

    @Test
    void links_keepPunctuationInsideTheLink() {
        assertThat(shown("https://x.org/a.html?q=1,2&b=c!d")).containsExactly("https://x.org/a.html?q=1,2&b=c!d");
    }

    @Test
    void links_leaveOutUnbalancedClosingBracketsAndQuotes() {
        assertThat(shown("(see https://x.org/page)")).containsExactly("https://x.org/page");
        assertThat(shown("\"https://x.org/quoted\"")).containsExactly("https://x.org/quoted");
        assertThat(shown("'https://x.org/single'.")).containsExactly("https://x.org/single");
        assertThat(shown("[https://x.org/list]")).containsExactly("https://x.org/list");
        assertThat(shown("{https://x.org/brace}")).containsExactly("https://x.org/brace");
    }

    @Test
    void links_keepBalancedBrackets() {
        assertThat(shown("(see https://en.wikipedia.org/wiki/Java_(programming_language)).")).containsExactly(
                "https://en.wikipedia.org/wiki/Java_(programming_language)");
    }

    @Test
    void links_stopAtSpacesAndAngleBrackets() {
        assertThat(shown("<https://x.org/a>\nhttps://x.org/b\thttps://x.org/c")).containsExactly(
                "https://x.org/a", "https://x.org/b", "https://x.org/c");
    }

    @Test
    void otherSchemes_areNeverLinks() {
        assertThat(MessageText.links("javascript:alert(1) file:///etc/passwd mailto:a@b.org ftp://x.org data:text/html,hi"))
                .isEmpty();
    }

    @Test
    void javascriptWrappingAnHttpUrl_linksOnlyTheHttpPart() {
        assertThat(urls("javascript:http://x.org")).containsExactly("http://x.org");
    }

    @Test
    void prefixesInsideWords_andBarePrefixes_areNoLinks() {
        assertThat(MessageText.links("xwww.example.com notahttp://x.org http:// www. https://")).isEmpty();
    }

    @Test
    void uppercaseScheme_isALink() {
        assertThat(urls("HTTPS://X.ORG")).containsExactly("HTTPS://X.ORG");
    }

    @Test
    void openable_onlyHttpAndHttps() {
        assertThat(MessageText.openable("https://x.org")).isTrue();
        assertThat(MessageText.openable("HTTP://x.org")).isTrue();
        assertThat(MessageText.openable("javascript:alert(1)")).isFalse();
        assertThat(MessageText.openable("file:///etc/passwd")).isFalse();
        assertThat(MessageText.openable("mailto:a@b.org")).isFalse();
        assertThat(MessageText.openable("https://")).isFalse();
        assertThat(MessageText.openable("https://x.org/a b")).isFalse();
        assertThat(MessageText.openable(null)).isFalse();
    }

    @Test
    void segments_markupStaysLiteralText() {
        List<Segment> segments = MessageText.segments("<b>bold</b> &amp; **not bold**", Map.of(), 1);

        assertThat(segments).containsExactly(new Segment(Kind.TEXT, "<b>bold</b> &amp; **not bold**", null, 0));
    }

    @Test
    void segments_mentionsOfListedUsers_meStandsOut() {
        List<Segment> segments = MessageText.segments("@Tomek and @me, look at @nobody", Map.of("tomek", 9L, "me", 1L), 1);

        assertThat(segments).extracting(Segment::kind, Segment::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.MENTION, "@Tomek"),
                org.assertj.core.groups.Tuple.tuple(Kind.TEXT, " and "),
                org.assertj.core.groups.Tuple.tuple(Kind.MENTION_ME, "@me"),
                org.assertj.core.groups.Tuple.tuple(Kind.TEXT, ", look at @nobody"));
        assertThat(segments.get(0).user()).isEqualTo(9L);
    }

    @Test
    void segments_mentionAtTheEndOfASentence_leavesTheDotOut() {
        List<Segment> segments = MessageText.segments("thanks @tomek.", Map.of("tomek", 9L), 1);

        assertThat(segments).extracting(Segment::text).containsExactly("thanks ", "@tomek", ".");
    }

    @Test
    void segments_emailAddressesAreNoMentions() {
        assertThat(MessageText.segments("write to ana@tomek.org", Map.of("tomek.org", 9L, "tomek", 9L), 1))
                .extracting(Segment::kind).containsOnly(Kind.TEXT);
    }

    @Test
    void segments_linksAndMentionsTogether() {
        List<Segment> segments = MessageText.segments("@ana see https://x.org/@ana.", Map.of("ana", 2L), 1);

        assertThat(segments).extracting(Segment::kind, Segment::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.MENTION, "@ana"),
                org.assertj.core.groups.Tuple.tuple(Kind.TEXT, " see "),
                org.assertj.core.groups.Tuple.tuple(Kind.LINK, "https://x.org/@ana"),
                org.assertj.core.groups.Tuple.tuple(Kind.TEXT, "."));
    }
}
