package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkOpenerTest {
    @Test
    void safe_passesHttpAndHttpsOnly() {
        List<String> opened = new ArrayList<>();
        LinkOpener opener = LinkOpener.safe(opened::add);

        opener.open("https://example.org/a");
        opener.open("http://example.org/b");
        opener.open("javascript:alert(1)");
        opener.open("file:///etc/passwd");
        opener.open("mailto:ana@example.org");
        opener.open("HTTPS://EXAMPLE.ORG/C");

        assertThat(opened).containsExactly("https://example.org/a", "http://example.org/b", "HTTPS://EXAMPLE.ORG/C");
    }
}
