package com.example.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The version matrix is real: each surefire execution of examples/ (default, boot35, boot40) runs
 * on the library versions it says it runs on. The expected versions come from the pom (system
 * properties set per execution); the actual ones from the jars on the test class path.
 */
class ClassPathVersionsTest {

  @ParameterizedTest
  @CsvSource({
      "org.apache.kafka, kafka-clients, expected.kafka.version",
      "jakarta.validation, jakarta.validation-api, expected.jakarta.validation.version",
      "org.hibernate.validator, hibernate-validator, expected.hibernate.validator.version",
      "com.fasterxml.jackson.core, jackson-databind, expected.jackson.version"})
  void theTestsRunOnTheVersionsThisExecutionNames(String group, String artifact, String property)
      throws IOException {
    String expected = System.getProperty(property);
    assertThat(expected).as("system property " + property + " (set in examples/pom.xml)")
        .isNotBlank();
    assertThat(versionOnClassPath(group, artifact)).isEqualTo(expected);
  }

  private static String versionOnClassPath(String group, String artifact) throws IOException {
    if (artifact.equals("kafka-clients")) {
      // its jar has no pom.properties; Kafka reports its own version
      return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }
    String path = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = ClassPathVersionsTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return "(no " + path + " on the class path)";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }
}
