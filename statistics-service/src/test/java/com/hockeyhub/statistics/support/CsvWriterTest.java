package com.hockeyhub.statistics.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes);
        csv.row("plain", "a,b", "say \"hi\"", "=SUM(A1)", -3, "-3", null, "line\nbreak").flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),-3,-3,,\"line\nbreak\"\r\n");
    }
}
