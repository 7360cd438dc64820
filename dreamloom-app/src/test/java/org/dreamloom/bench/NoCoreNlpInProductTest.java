package org.dreamloom.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Stanford CoreNLP (GPL, large) is a benchmark peer only: it must never reach the product's classpath. The app
 * module's test classpath holds core, library and app with all their dependencies, so CoreNLP showing up here
 * means some product pom pulled it in.
 */
class NoCoreNlpInProductTest {
    @Test
    void coreNlpIsNotOnTheProductClasspath() {
        assertThatThrownBy(() -> Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP"))
                .isInstanceOf(ClassNotFoundException.class);
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        assertThat(Arrays.stream(entries).map(e -> new File(e).getName()))
                .noneMatch(n -> n.startsWith("stanford-corenlp"));
    }
}
