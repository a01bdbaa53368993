package org.collegium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word of the interface comes from the message bundles, and every bundle speaks English, French and Spanish.
 */
class MessageBundlesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final List<String> TRANSLATIONS = List.of("fr", "es");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "")
                    .replaceAll("(?s)\\[\\[.*?]]", "")
                    .replaceAll("(?s)\\[\\(.*?\\)]", "")
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("&[a-z]+;|&#\\d+;", " ");
            if (text.codePoints().anyMatch(Character::isLetter)) {
                offenders.add(TEMPLATES.relativize(template) + ": " + text.strip().replaceAll("\\s+", " "));
            }
        }
        assertThat(offenders).as("templates with literal text (use th:text=\"#{...}\")").isEmpty();
    }

    @Test
    void everyBundleHasTheSameKeysInEveryLanguageAndNoEmptyMessage() throws IOException {
        for (String bundle : bundles()) {
            Properties english = load(bundle, "");
            english.forEach((key, value) -> assertThat(value.toString()).as(bundle + ": " + key).isNotBlank());
            for (String language : TRANSLATIONS) {
                Properties translated = load(bundle, "_" + language);
                assertThat(new TreeSet<>(translated.stringPropertyNames()))
                        .as("keys of %s_%s", bundle, language)
                        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
                translated.forEach((key, value) -> assertThat(value.toString()).as(bundle + "_" + language + ": " + key)
                        .isNotBlank());
            }
        }
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles()) {
            known.addAll(load(bundle, "").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!known.contains(key) && !key.endsWith(".")) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the English bundles").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle + suffix + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
