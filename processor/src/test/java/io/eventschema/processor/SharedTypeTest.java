package io.eventschema.processor;

import static com.google.testing.compile.Compiler.javac;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.eventschema.codec.AvroInput;
import io.eventschema.codec.EventCodec;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.Golden;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @SharedType}: a record several events use gets its Avro code once, in
 * {@code <Record>AvroCodec}, and every event whose view of it is the same calls it; an event that
 * names its fields otherwise keeps a copy; a shared record that is an event shares its own codec.
 * The schemas and bytes are those of the same events without the annotation (Apache Avro's
 * writer and reader as the oracle), failed reads still name the field, and an event compiled on
 * its own against the classes of an earlier compile of the shared types calls them (isolating
 * incremental compilation).
 */
class SharedTypeTest {

  private static JavaFileObject[] sharedSources() {
    return new JavaFileObject[] {
        Compile.source("p.shared.Address", "package p.shared;",
            "import io.eventschema.SharedType;", "import java.util.Optional;",
            "@SharedType",
            "public record Address(String street, String city, Optional<String> postCode) {}"),
        Compile.source("p.shared.Currency", "package p.shared;",
            "public enum Currency { EUR, USD }"),
        Compile.source("p.shared.Money", "package p.shared;",
            "import io.eventschema.SharedType;", "import java.math.BigDecimal;",
            "import jakarta.validation.constraints.Digits;",
            "@SharedType",
            "public record Money(@Digits(integer = 10, fraction = 2) BigDecimal amount,"
                + " Currency currency) {}"),
        // a shared record holding a nested record of its own and itself
        Compile.source("p.shared.Node", "package p.shared;",
            "import io.eventschema.SharedType;", "import java.util.List;",
            "@SharedType",
            "public record Node(String label, Leaf leaf, List<Node> children) {",
            "  public record Leaf(int weight, Money cost) {}",
            "}"),
    };
  }

  private static JavaFileObject[] eventSources() {
    return new JavaFileObject[] {
        Compile.source("p.Line", "package p;", "import p.shared.Money;",
            "public record Line(String sku, int quantity, Money price) {}"),
        Compile.source("p.OrderPlaced", "package p;", "import io.eventschema.Event;",
            "import java.util.List;", "import p.shared.*;",
            "@Event",
            "public record OrderPlaced(long id, Address shipTo, Line line, List<Line> lines,"
                + " Money total, Node tree) {}"),
        Compile.source("p.CustomerMoved", "package p;", "import io.eventschema.Event;",
            "import p.shared.Address;",
            "@Event",
            "public record CustomerMoved(long id, Address from, Address to) {}"),
        // post_code here, postCode in Address's own view: a copy; Money's names are the same
        Compile.source("p.Snaky", "package p;", "import io.eventschema.Event;",
            "import io.eventschema.FieldNaming;", "import p.shared.*;",
            "@Event(fieldNaming = FieldNaming.SNAKE_CASE)",
            "public record Snaky(long id, Address homeAddress, Money totalPrice) {}"),
        // a shared record that is itself an event: its codec is the shared code
        Compile.source("p.Customer", "package p;", "import io.eventschema.Event;",
            "import io.eventschema.SharedType;",
            "@Event @SharedType",
            "public record Customer(long id, String fullName) {}"),
        Compile.source("p.Signup", "package p;", "import io.eventschema.Event;",
            "@Event",
            "public record Signup(Customer customer, String source) {}"),
    };
  }

  private static JavaFileObject[] all() {
    List<JavaFileObject> all = new ArrayList<>(Arrays.asList(sharedSources()));
    all.addAll(Arrays.asList(eventSources()));
    return all.toArray(new JavaFileObject[0]);
  }

  /** The same sources with {@code @SharedType} taken out: the events as they were. */
  private static JavaFileObject[] unshared(JavaFileObject[] sources) {
    return Arrays.stream(sources).map(f -> {
      try {
        String text = f.getCharContent(true).toString().replace("@SharedType", "");
        String name = f.getName().replaceFirst("^/", "").replace(".java", "").replace('/', '.');
        return com.google.testing.compile.JavaFileObjects.forSourceString(name, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toArray(JavaFileObject[]::new);
  }

  private static final Compilation SHARED = Compile.succeeded(all());
  private static final Compilation COPIED = Compile.succeeded(unshared(all()));

  private static String source(Compilation c, String name) {
    return Compile.generatedSource(c, name);
  }

  @Test
  void eachSharedRecordGetsOneClassAndTheEventsCallIt() {
    List<String> names = Compile.generatedSourceNames(SHARED);
    assertThat(names).filteredOn(n -> n.endsWith("AvroCodec"))
        .containsExactlyInAnyOrder("p.shared.AddressAvroCodec", "p.shared.MoneyAvroCodec",
            "p.shared.NodeAvroCodec");
    assertThat(Compile.generatedSourceNames(COPIED)).noneMatch(n -> n.endsWith("AvroCodec"));

    String address = source(SHARED, "p.shared.AddressAvroCodec");
    assertThat(address).contains("public final class AddressAvroCodec",
        "@Generated(\"io.eventschema.processor.EventProcessor\")",
        "public static void writeAddress(Address value, Encoder out)",
        "public static Address readAddress(Decoder in)",
        "ADDRESS_FIELDS = {\"street\", \"city\", \"postCode\"}",
        // the paths an event's own copy names
        "\"Address.street\"");
    assertThat(address).doesNotContain("getDeclared", "reflect", "SCHEMA");

    String order = source(SHARED, "p.OrderPlacedCodec");
    assertThat(order).contains("AddressAvroCodec.writeAddress(value.shipTo(), out)",
        "AddressAvroCodec.readAddress(in)", "MoneyAvroCodec.writeMoney(", "NodeAvroCodec.readNode(",
        // a record that is not shared is still written here, and calls the shared ones
        "static void writeLine(Line value, Encoder out)");
    assertThat(order).doesNotContain("void writeAddress(", "ADDRESS_FIELDS", "void writeMoney(",
        "void writeNode(", "void writeNode_Leaf(");
    assertThat(source(SHARED, "p.CustomerMovedCodec")).contains("AddressAvroCodec.writeAddress(")
        .doesNotContain("ADDRESS_FIELDS");

    // the nested record, the recursion and the shared record inside a shared one
    String node = source(SHARED, "p.shared.NodeAvroCodec");
    assertThat(node).contains("public static void writeNode(Node value, Encoder out)",
        "static void writeNode_Leaf(Node.Leaf value, Encoder out)", "writeNode(item, out)",
        "MoneyAvroCodec.writeMoney(");
    assertThat(node).doesNotContain("public static void writeNode_Leaf");

    Golden.check("shared/AddressAvroCodec.java", address);
    Golden.check("shared/NodeAvroCodec.java", node);
  }

  @Test
  void anEventThatNamesTheFieldsOtherwiseKeepsItsCopy() {
    String snaky = source(SHARED, "p.SnakyCodec");
    assertThat(snaky).contains("static void writeAddress(Address value, Encoder out)",
        "{\"street\", \"city\", \"post_code\"}", "MoneyAvroCodec.writeMoney(value.totalPrice(), out)")
        .doesNotContain("AddressAvroCodec", "void writeMoney(");
  }

  @Test
  void aSharedEventSharesItsOwnCodec() {
    assertThat(Compile.generatedSourceNames(SHARED)).doesNotContain("p.CustomerAvroCodec");
    assertThat(source(SHARED, "p.CustomerCodec")).contains(
        "public static void writeCustomer(Customer value, Encoder out)",
        "public static Customer readCustomer(Decoder in)");
    assertThat(source(SHARED, "p.SignupCodec"))
        .contains("CustomerCodec.writeCustomer(value.customer(), out)",
            "CustomerCodec.readCustomer(in)")
        .doesNotContain("void writeCustomer(");
    // without @SharedType, its methods stay package-private
    assertThat(source(COPIED, "p.CustomerCodec"))
        .contains("    static void writeCustomer(Customer value, Encoder out)");
  }

  @Test
  void theSchemasAreThoseOfTheEventsWithoutSharing() {
    for (String event : List.of("p.OrderPlaced", "p.CustomerMoved", "p.Snaky", "p.Customer",
        "p.Signup")) {
      assertThat(Compile.schemaText(SHARED, event)).as(event)
          .isEqualTo(Compile.schemaText(COPIED, event));
      String codec = event + "Codec";
      assertThat(schemaJson(SHARED, codec)).as(codec).isEqualTo(schemaJson(COPIED, codec));
    }
  }

  private static String schemaJson(Compilation c, String codec) {
    return AvroOracle.codec(new CompiledClasses(c).load(codec)).schemaText();
  }

  @Test
  void theBytesAreAvrosBothWays() throws Exception {
    CompiledClasses classes = new CompiledClasses(SHARED);
    Object order = order(classes);
    EventCodec<Object> codec = AvroOracle.codec(classes.load("p.OrderPlacedCodec"));
    AvroOracle<Object> oracle = new AvroOracle<>(codec);
    byte[] avro = oracle.avroBytes(order);
    assertThat(oracle.codecBytes(order)).isEqualTo(avro);
    assertThat(oracle.readWithAvroInput(avro)).isEqualTo(order);
    assertThat(oracle.readWithAvroDecoder(avro)).isEqualTo(order);
    // Avro's reader takes every byte the codec wrote, as the event's schema says
    Schema schema = codec.schema();
    Object datum = new GenericDatumReader<Object>(schema, schema, AvroOracle.MODEL)
        .read(null, DecoderFactory.get().binaryDecoder(avro, null));
    assertThat(datum.toString()).contains("\"street\": \"Main St 1\"", "\"postCode\": \"12345\"");

    // the same value through the event's own copies: the same bytes
    CompiledClasses copied = new CompiledClasses(COPIED);
    EventCodec<Object> copy = AvroOracle.codec(copied.load("p.OrderPlacedCodec"));
    assertThat(new AvroOracle<>(copy).codecBytes(order(copied))).isEqualTo(avro);

    Object snaky = construct(classes, "p.Snaky", 9L, address(classes), money(classes, "1.50"));
    AvroOracle<Object> snakyOracle =
        new AvroOracle<>(AvroOracle.codec(classes.load("p.SnakyCodec")));
    assertThat(snakyOracle.codecBytes(snaky)).isEqualTo(snakyOracle.avroBytes(snaky));

    Object signup = construct(classes, "p.Signup",
        construct(classes, "p.Customer", 5L, "Ada Lovelace"), "web");
    AvroOracle<Object> signupOracle =
        new AvroOracle<>(AvroOracle.codec(classes.load("p.SignupCodec")));
    byte[] signupBytes = signupOracle.avroBytes(signup);
    assertThat(signupOracle.codecBytes(signup)).isEqualTo(signupBytes);
    assertThat(signupOracle.readWithAvroInput(signupBytes)).isEqualTo(signup);
  }

  @Test
  void aFailedReadStillNamesTheField() throws Exception {
    CompiledClasses classes = new CompiledClasses(SHARED);
    EventCodec<Object> codec = AvroOracle.codec(classes.load("p.OrderPlacedCodec"));
    byte[] bytes = new AvroOracle<>(codec).codecBytes(order(classes));
    // id (1 byte), shipTo: "Main St 1" (10), "Springfield" (12), postCode branch and "12345" (7),
    // then line.sku "A-1": its length and one byte of it
    int cut = 1 + 10 + 12 + 7 + 2;
    AvroInput in = new AvroInput().reset(bytes, 0, cut);
    assertThatThrownBy(() -> codec.decode(in)).isInstanceOf(IOException.class);
    assertThat(in.failedPath()).isEqualTo("line.sku");
    // inside a shared record inside a copied one: lines[1].price.currency
    int total = bytes.length;
    int priceEnd = findLinesSecondCurrency(codec, bytes, total);
    AvroInput in2 = new AvroInput().reset(bytes, 0, priceEnd);
    assertThatThrownBy(() -> codec.decode(in2)).isInstanceOf(IOException.class);
    assertThat(in2.failedPath()).isEqualTo("lines[1].price.currency");

    // a null field named as the event's own copy names it
    Object noCity = construct(classes, "p.CustomerMoved", 1L, address(classes),
        construct(classes, "p.shared.Address", "x", null, Optional.empty()));
    EventCodec<Object> moved = AvroOracle.codec(classes.load("p.CustomerMovedCodec"));
    CompiledClasses copied = new CompiledClasses(COPIED);
    EventCodec<Object> movedCopy = AvroOracle.codec(copied.load("p.CustomerMovedCodec"));
    String shared = nullMessage(moved, noCity);
    assertThat(shared).contains("Address.city");
    assertThat(shared).isEqualTo(nullMessage(movedCopy, construct(copied, "p.CustomerMoved", 1L,
        address(copied), construct(copied, "p.shared.Address", "x", null, Optional.empty()))));
  }

  /** The shortest prefix whose read fails in the second line's currency. */
  private static int findLinesSecondCurrency(EventCodec<Object> codec, byte[] bytes, int total) {
    for (int cut = 1; cut < total; cut++) {
      AvroInput in = new AvroInput().reset(bytes, 0, cut);
      try {
        codec.decode(in);
      } catch (IOException e) {
        if ("lines[1].price.currency".equals(in.failedPath())) {
          return cut;
        }
      }
    }
    throw new AssertionError("no cut fails in lines[1].price.currency");
  }

  private static String nullMessage(EventCodec<Object> codec, Object value) {
    try {
      codec.encode(value, new io.eventschema.codec.AvroOutput(16));
      throw new AssertionError("wrote a null city");
    } catch (IOException | RuntimeException e) {
      return e.getMessage();
    }
  }

  /**
   * Isolating incremental compilation: the shared records compiled first, then one event alone
   * against their classes (its only originating element is the event); the event's codec calls
   * the shared class of the earlier compile. Shared records compiled without the processor have
   * no shared class: the event then writes its own copies.
   */
  @Test
  void anEventCompiledAloneAgainstAnEarlierCompileOfTheSharedTypes(@TempDir Path dir)
      throws Exception {
    Compilation first = Compile.succeeded(sharedSources());
    Path out = dir.resolve("first");
    write(first, out);
    Compilation second = javac().withProcessors(new EventProcessor())
        .withOptions("--release", "17", "-Xlint:none")
        .withClasspath(classpath(out))
        .compile(eventSources()[0], eventSources()[1]); // Line and OrderPlaced
    assertThat(second.status()).as(second.diagnostics().toString())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Compile.generatedSourceNames(second)).noneMatch(n -> n.endsWith("AvroCodec"));
    assertThat(source(second, "p.OrderPlacedCodec"))
        .contains("AddressAvroCodec.writeAddress(", "NodeAvroCodec.readNode(");
    // the two compiles together read what Avro writes
    ClassLoader both = new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
        getClass().getClassLoader());
    CompiledClasses classes = new CompiledClasses(second, both);
    Object order = order(classes);
    AvroOracle<Object> oracle =
        new AvroOracle<>(AvroOracle.codec(classes.load("p.OrderPlacedCodec")));
    byte[] avro = oracle.avroBytes(order);
    assertThat(oracle.codecBytes(order)).isEqualTo(avro);
    assertThat(oracle.readWithAvroInput(avro)).isEqualTo(order);

    // the shared records compiled without the processor: copies
    Compilation plain = javac().withOptions("--release", "17", "-proc:none")
        .compile(sharedSources());
    Path plainOut = dir.resolve("plain");
    write(plain, plainOut);
    Compilation third = javac().withProcessors(new EventProcessor())
        .withOptions("--release", "17", "-Xlint:none")
        .withClasspath(classpath(plainOut))
        .compile(eventSources()[0], eventSources()[1]);
    assertThat(third.status()).as(third.diagnostics().toString())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(source(third, "p.OrderPlacedCodec")).contains("static void writeAddress(")
        .doesNotContain("AvroCodec");
  }

  @Test
  void misuses() {
    expectError(Compile.source("p.Kind", "package p;", "import io.eventschema.SharedType;",
        "@SharedType", "public enum Kind { A, B }"), "EVS045",
        "@SharedType goes on records; Kind is an enum", "@SharedType");
    expectError(Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "@Event @SharedType(fieldNaming = FieldNaming.SNAKE_CASE)",
        "public record E(long someId) {}"), "EVS046",
        "@SharedType on the event E names a fieldNaming", "@Event @SharedType");
  }

  // ------------------------------------------------------------------------------ values

  private static Object order(CompiledClasses c) throws Exception {
    Object line1 = construct(c, "p.Line", "A-1", 2, money(c, "3.20"));
    Object line2 = construct(c, "p.Line", "B-2", 1, money(c, "10.00"));
    Object leaf = construct(c, "p.shared.Node$Leaf", 3, money(c, "0.05"));
    Object child = construct(c, "p.shared.Node", "child", leaf, List.of());
    Object tree = construct(c, "p.shared.Node", "root", leaf, List.of(child, child));
    return construct(c, "p.OrderPlaced", -1L, address(c), line1, List.of(line1, line2),
        money(c, "16.40"), tree);
  }

  private static Object address(CompiledClasses c) throws Exception {
    return construct(c, "p.shared.Address", "Main St 1", "Springfield", Optional.of("12345"));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object money(CompiledClasses c, String amount) throws Exception {
    Class<? extends Enum> currency = (Class<? extends Enum>) c.load("p.shared.Currency");
    return construct(c, "p.shared.Money", new BigDecimal(amount), Enum.valueOf(currency, "EUR"));
  }

  private static Object construct(CompiledClasses c, String name, Object... args)
      throws Exception {
    Class<?> type = c.load(name);
    Constructor<?> ctor = type.getDeclaredConstructors()[0];
    return ctor.newInstance(args);
  }

  private static void write(Compilation c, Path dir) throws IOException {
    for (JavaFileObject f : c.generatedFiles()) {
      String path = f.toUri().getPath();
      int at = path.indexOf("CLASS_OUTPUT/");
      if (at < 0) {
        continue;
      }
      Path target = dir.resolve(path.substring(at + "CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (var in = f.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  private static List<File> classpath(Path extra) {
    List<File> files = new ArrayList<>();
    files.add(extra.toFile());
    for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
      files.add(new File(p));
    }
    return files;
  }
}
