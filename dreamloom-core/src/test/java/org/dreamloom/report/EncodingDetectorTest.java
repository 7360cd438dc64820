package org.dreamloom.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {
    private static final String TEXT = "Zoë dreamt of a café\nwith Müller.";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void plainUtf8() throws Exception {
        DecodedText d = EncodingDetector.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.malformedLines()).isEmpty();
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        DecodedText d = EncodingDetector.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void utf16WithEitherBom() throws Exception {
        DecodedText le = EncodingDetector.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE)));
        DecodedText be = EncodingDetector.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(le.text()).isEqualTo(TEXT);
        assertThat(be.text()).isEqualTo(TEXT);
        assertThat(le.encoding()).startsWith("UTF-16LE");
    }

    @Test
    void legacyWindows1252() throws Exception {
        String text = "Zoë’s café – “quoted”";
        DecodedText d = EncodingDetector.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void brokenUtf8StaysUtf8AndNamesTheBadLine() throws Exception {
        byte[] good1 = "first line é\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'b', 'a', 'd', ' ', (byte) 0xC3, '(', '\n'};
        byte[] good3 = "third line ü\n".getBytes(StandardCharsets.UTF_8);
        DecodedText d = EncodingDetector.decode(concat(concat(good1, bad), good3));
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.malformedLines()).containsExactly(2);
        assertThat(d.text()).contains("third line ü");
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> EncodingDetector.decode(png)).isInstanceOf(BinaryContentException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void emptyIsEmptyText() throws Exception {
        assertThat(EncodingDetector.decode(new byte[0]).text()).isEmpty();
    }
}
