package io.eventschema.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor can print, each with a stable id users can search for and tests
 * assert on. Reported on the exact element (the record component, when there is one) so IDEs
 * underline the right place.
 */
public final class Diagnostics {

  /** The page that explains every message, one section (anchor {@code #evsnnn}) per id. */
  public static final String DOCS = "docs/diagnostics.md#";

  /**
   * The catalogue. Ids are stable: never renumber, only add (and add the id's section to
   * docs/diagnostics.md and its case to the processor's DiagnosticsTest).
   */
  public enum Message {
    NOT_A_RECORD("EVS001", "@Event goes on records, enums and sealed interfaces; %s is %s",
        "declare the event as a record: public record %s(...) {}; several event types on one topic"
            + " as a sealed interface that records implement"),
    UNSUPPORTED_TYPE("EVS002", "field '%s' has type %s, which has no Avro mapping",
        "use one of the supported types (docs/type-mapping.md), or a record of them"),
    MAP_KEY_NOT_STRING("EVS003", "Map keys must be String in Avro; field '%s' has key type %s",
        "use Map<String, ...>, or a List of records holding the key and the value"),
    NOT_CONCRETE("EVS004", "field '%s' has type %s, which is not a concrete type",
        "type variables, wildcards and raw types cannot be mapped: give the component a concrete type"
            + " such as List<String>"),
    CHAR_TYPE("EVS005", "field '%s' has type %s, which has no natural Avro mapping",
        "use String for text or int for a code point, or choose a mapping with"
            + " @CharAs(CharAs.Kind.STRING) or @CharAs(CharAs.Kind.INT)"),
    ABSTRACT_TYPE("EVS006", "field '%s' has type %s, an interface, abstract class or Object",
        "use a record, an enum, or a sealed interface whose permitted subtypes are records"),
    NESTED_OPTIONAL("EVS007", "field '%s' has type %s: an absent value inside an absent value",
        "Avro has one null: use a single Optional<T> or @Nullable T"),
    INVALID_NAME("EVS008", "'%s' is not a valid Avro %s",
        "Avro names start with a letter or _ and hold only letters, digits and _; namespaces are"
            + " such names joined by dots"),
    DUPLICATE_FIELD("EVS009", "fields '%s' and '%s' both map to the Avro field name '%s'",
        "rename one of the components, or choose another fieldNaming"),
    DUPLICATE_NAME("EVS010", "%s and %s both map to the Avro name '%s'",
        "give one of them another name or namespace with @Event(name = ..., namespace = ...)"),
    NOT_ACCESSIBLE("EVS011", "%s is private, so the generated codec cannot read or build it",
        "make the record public or package-private"),
    NULLABLE_PRIMITIVE("EVS012", "field '%s' is a primitive %s and cannot be null",
        "use the box (%s) to allow null, or drop @Nullable"),
    UNRESOLVED_TYPE("EVS013", "field '%s' has a type that could not be resolved: %s",
        "check the import, or that the processor generating it runs in this build"),
    DECIMAL_WITHOUT_SCALE("EVS014", "field '%s' is a BigDecimal without a precision and scale",
        "Avro stores decimals with a fixed precision and scale: add @Digits(integer = ..., fraction"
            + " = ...) or @AvroDecimal(precision = ..., scale = ...)"),
    INVALID_DECIMAL("EVS015", "field '%s' has an invalid decimal: %s",
        "precision must be at least 1 and scale between 0 and precision; @Digits and @AvroDecimal"
            + " on one field must agree"),
    NO_TIME_MAPPING("EVS016", "field '%s' has type %s, which %s", "%s"),
    INVALID_PRECISION("EVS017", "field '%s' has type %s, which cannot be stored in %s", "%s"),
    SEALED_NOT_RECORDS("EVS018", "%s permits %s, which is not a record",
        "a sealed interface maps to a union of records: make every permitted subtype a record"
            + " (or a sealed interface of records)"),
    INVALID_DEFAULT("EVS019", "the default %s of field '%s' does not match its schema %s",
        "write the default as Avro's JSON encoding of the field's type: a string in quotes, a"
            + " number, null (only for a nullable field), [] for an array, {...} for a map or a"
            + " record, an enum symbol in quotes"),
    INVALID_JSON("EVS020", "%s of %s is not valid JSON: %s",
        "write JSON text: strings need their quotes, as in @AvroDefault(\"\\\"EUR\\\"\")"),
    RESERVED_PROPERTY("EVS021", "the property '%s' on %s is reserved",
        "Avro or eventschema writes it: use the annotation for it (@AvroDoc, @AvroAlias,"
            + " @AvroDefault), or choose another key"),
    DUPLICATE_ENUM_DEFAULT("EVS022", "enum %s marks both %s and %s @EnumDefault",
        "an Avro enum has one default symbol: keep one @EnumDefault"),
    INVALID_FIXED("EVS023", "field '%s' has an invalid @Fixed: %s",
        "@Fixed(n) goes on byte[] or ByteBuffer with n >= 1, on a BigDecimal with @AvroDecimal (a"
            + " decimal on fixed), or on an AvroDuration with n = 12; the uses of one fixed name"
            + " share its size and logical type, and give its doc and aliases once"),
    MISPLACED_ANNOTATION("EVS024", "@%s on field '%s' of type %s has no effect",
        "%s"),
    UNKNOWN_FORMAT("EVS025", "@Event(formats) names %s, which this version of eventschema does not"
        + " generate", "use Format.AVRO, Format.JSON_SCHEMA and/or Format.PROTOBUF"),
    NO_FORMAT("EVS026", "@Event(formats = {}) on %s names no format, so nothing would be generated",
        "leave formats out for Avro, or name at least one: formats = {Format.AVRO,"
            + " Format.JSON_SCHEMA}"),
    // validation (mapping/UnvalidatedRecords): EVS027 to EVS029
    NOT_VALID("EVS027", "field '%s' holds %s, which %s constraints, but is not @Valid, so Bean"
        + " Validation never checks them", "put @Valid where the record is: on '%s' itself for a"
            + " record, on the type argument in a container (List<@Valid LineItem>,"
            + " Optional<@Valid LineItem>, Map<String, @Valid LineItem>; Hibernate Validator"
            + " deprecates @Valid on the container); or, if the records are checked elsewhere,"
            + " @SuppressWarnings(\"eventschema:EVS027\") on the component or its record"),
    // the forms real schemas need (generator engineer): EVS040-EVS069
    NO_DEFAULT_WITH_DEFAULT("EVS040", "field '%s' has both @NoDefault and @AvroDefault(%s)",
        "a field has one default or none: keep @AvroDefault for a default, or @NoDefault for a"
            + " nullable field without \"default\": null"),
    INVALID_AVRO_UNION("EVS041", "@AvroUnion %s: %s",
        "each permitted record of an @AvroUnion is one branch: a record with one component of the"
            + " branch's type (not Optional, @Nullable or another union, and no other annotation"
            + " than those of its type), or with none for null; no two branches of one Avro type"),
    NULLABLE_AVRO_UNION("EVS042", "field '%s' is an Optional or @Nullable %s, an @AvroUnion",
        "an Avro union cannot hold another: give the @AvroUnion a null branch (a record without"
            + " components; first, for \"default\": null)"),
    // type properties, the null type (generator engineer gen16a): EVS043-EVS049
    INVALID_TYPE_PROP("EVS043", "@AvroTypeProp on field '%s' (%s) cannot be written: %s",
        "@AvroTypeProp goes on a primitive, String, bytes, a logical type (UUID, BigDecimal,"
            + " java.time), a List, Set, array or Map, or an @Fixed (every use of one fixed names"
            + " the same properties, or none after the first); a record's or enum's properties are"
            + " @AvroProp on its declaration, an Optional's go on its type argument"),
    NULL_TYPE_FORMAT("EVS044", "field '%s' has type %s, the Avro null type (Void), which has no"
        + " %s form", "generate this event for Format.AVRO only, or drop the field (its value is"
            + " always null)"),
    // shared code of records several events use (@SharedType): EVS045-EVS046
    SHARED_NOT_A_RECORD("EVS045", "@SharedType goes on records; %s is %s",
        "put @SharedType on the records several events use (an enum's code is one line per use,"
            + " so enums are not shared): declare it as a record, or drop @SharedType"),
    SHARED_EVENT_NAMING("EVS046", "@SharedType on the event %s names a fieldNaming: an event's"
        + " shared code is its own codec, named by its @Event", "drop fieldNaming from"
            + " @SharedType and set it on @Event(fieldNaming = ...)"),
    // more forms real schemas need (generator engineer gen16b): EVS050-EVS059
    DUPLICATE_ENUM_SYMBOL("EVS050", "enum %s: the constant %s has the symbol '%s', which an"
        + " earlier constant has", "each constant of an Avro enum has its own symbol: change the"
            + " @AvroName on one of them"),
    NAMESPACE_TWICE("EVS051", "%s has @AvroNamespace and also names its namespace with %s",
        "say the namespace once: @AvroNamespace(\"...\") with a simple @AvroName, or a full"
            + " @AvroName alone (@Event(namespace) on the event)"),
    // top-level enums and unions (generator engineer toplevel)
    TOP_LEVEL_FORMAT("EVS056", "%s is a top-level %s, which has no %s form",
        "generate this event for Format.AVRO only, or wrap the value in a record with one field"),
    // custom logical types (generator engineer customlogical): EVS058
    INVALID_LOGICAL_TYPE("EVS058", "@AvroLogicalType(\"%s\") on field '%s' (%s) cannot be"
        + " written: %s", "@AvroLogicalType names a logical type Avro does not know, on a type"
            + " without one: a primitive, String, bytes, an @Fixed, a List, Set, array or Map, or"
            + " Void; Avro's own logical types are UUID, BigDecimal (@AvroDecimal) and java.time"),
    // Avro fixed and logical types (fixedlogical): EVS053-EVS055
    LOGICAL_TYPE_FORMAT("EVS053", "field '%s' has type %s, Avro's %s, which has no %s form",
        "generate this event for Format.AVRO only, or use a type both formats have (a decimal:"
            + " @AvroDecimal BigDecimal, on bytes or on @Fixed)"),
    BIG_DECIMAL_WITH_SCALE("EVS054", "field '%s' has @AvroBigDecimal and also %s",
        "a big-decimal carries each value's own scale in its bytes: use @AvroBigDecimal alone,"
            + " or @AvroDecimal(precision, scale) (on bytes, or on @Fixed) without it"),
    // schema evolution (compat/): EVS1xx
    INCOMPATIBLE_FIELD("EVS100", "field '%s' breaks %s compatibility with %s: %s",
        "keep the field's old type (Avro promotes int to long, float or double, and string to"
            + " bytes), or add a new field with a default and stop writing this one; if the break"
            + " is intended, change @Event(compatibility = ...) or publish a new event name"),
    NEW_FIELD_WITHOUT_DEFAULT("EVS101", "new field '%s' breaks %s compatibility with %s: data"
        + " written with that version has no value for it, and it has no default",
        "make it Optional<...> or @Nullable (default null), or give it a default"),
    REMOVED_FIELD("EVS102", "removing field '%s' breaks %s compatibility with %s: readers of"
        + " that version need it, and it has no default there",
        "keep the field and stop reading it; under FORWARD a field can go once a released version"
            + " gives it a default"),
    INCOMPATIBLE_SCHEMA("EVS103", "%s breaks %s compatibility with %s: %s",
        "a renamed record keeps its old full name as an alias; see the schema history"),
    HISTORY_INVALID("EVS104", "the schema history file %s cannot be used: %s",
        "history files are <full name>/v<N>.avsc holding released schemas, written by"
            + " io.eventschema.evolution.HistoryTool; restore the file from version control"),
    HISTORY_NOT_FOUND("EVS105", "no schema history is checked: %s",
        "create the folder, or point -Aeventschema.history at it"),
    RENAMED_FIELD_WITHOUT_ALIAS("EVS106", "new field '%s' breaks %s compatibility with %s: it"
        + " takes the place of field '%s' (same position, same type), which that version has and"
        + " this one does not; if it is a rename, keep the old values with @AvroAlias(\"%s\")",
        "a renamed field reads old data under its old name through @AvroAlias(\"<old name>\") on"
            + " the component; Optional<...>, @Nullable or a default would compile but read every"
            + " old value as empty"),
    // the JSON Schema binding (format/jsonschema/): EVS2xx
    JSON_DISCRIMINATOR_CLASH("EVS200", "field '%s' of %s is named '%s', the property the JSON of"
        + " the sealed %s uses to say which record it holds",
        "rename the field (@AvroName, or another fieldNaming): in JSON Schema each record of a"
            + " sealed interface carries \"%s\": \"<record name>\" (a Pydantic discriminated"
            + " union's Literal field)"),
    JSON_DUPLICATE_RECORD_NAME("EVS201", "%s and %s, both records of the sealed %s, have the name"
        + " '%s', so their JSON cannot tell them apart",
        "give one of them another name with @AvroName: the JSON discriminator is the record's"
            + " simple name"),
    JSON_RUNTIME_MISSING("EVS202", "%s asks for Format.JSON_SCHEMA, but io.eventschema.json is not"
        + " on the compile class path, so its generated JSON codec and serdes could not compile",
        "add the dependency io.eventschema:eventschema-json-schema (the JSON runtime; Avro-only"
            + " builds do not need it)"),
    JSON_AVRO_UNION("EVS210", "field '%s' has type %s, an @AvroUnion, which has no JSON Schema form"
        + " yet", "generate this event for Format.AVRO only, or use a union of records (a sealed"
        + " interface without @AvroUnion)"),
    // the Protobuf binding (format/protobuf/): EVS3xx
    PROTO_REPEATED_OPTIONAL("EVS300", "field '%s' has type %s, a collection of values that may be"
        + " absent, which a proto3 repeated field cannot hold",
        "drop Optional/@Nullable on the elements (a repeated field has no absent items), or use a"
            + " list of records with an optional field"),
    PROTO_NULLABLE_MAP_VALUE("EVS301", "field '%s' has type %s, a map whose values may be null,"
        + " which a proto3 map cannot hold", "drop Optional/@Nullable on the values, or use a map"
            + " of records with an optional field"),
    PROTO_NESTED_REPEATED("EVS302", "field '%s' has type %s: proto3 has no repeated field of"
        + " repeated fields or maps, and no map of them",
        "wrap the inner collection in a record (List<Row> with record Row(List<Integer> cells))"),
    PROTO_NULLABLE_REPEATED("EVS303", "field '%s' has type %s, a collection or map that may be"
        + " null, but proto3 cannot tell a null repeated field or map from an empty one",
        "make it non-null (an empty collection), or wrap it in a nullable record"),
    PROTO_FIELD_NUMBER("EVS304", "field '%s' has @ProtoField(%s), which %s",
        "field numbers are 1 to 536870911 without 19000 to 19999, one per field; unpinned fields"
            + " take 1, 2, 3, ... in declaration order, skipping pinned numbers"),
    PROTO_DUPLICATE_NAME("EVS305", "%s and %s both map to the Protobuf name '%s' in package %s",
        "every record and enum of an event is declared in its one .proto: give one of them"
            + " another name with @AvroName"),
    PROTO_AVRO_UNION("EVS340", "field '%s' has type %s, an @AvroUnion, which has no Protobuf form"
        + " yet", "generate this event for Format.AVRO only, or use a union of records (a sealed"
        + " interface without @AvroUnion)"),
    PROTO_RUNTIME_MISSING("EVS306", "%s asks for Format.PROTOBUF, but io.eventschema.protobuf is"
        + " not on the compile class path, so its generated Protobuf codec and serdes could not"
        + " compile", "add the dependency io.eventschema:eventschema-protobuf (the Protobuf runtime,"
            + " with protobuf-java; builds without Protobuf do not need it)"),
    // the Protobuf schema history (compat/ProtoHistoryGate): EVS320 to EVS329
    PROTO_TYPE_CHANGED("EVS320", "field '%s' (number %s) breaks %s compatibility with %s: %s",
        "keep the field's old type (without loss protobuf reads int32 as int64, bool as int32 or"
            + " int64, and string as bytes), or add a field with a new number and stop writing this"
            + " one (its number is reserved for you); if the break is intended, change"
            + " @Event(compatibility = ...) or publish a new event name"),
    PROTO_NUMBER_REUSED("EVS321", "field '%s' takes number %s, which %s: data written with that"
        + " version would be read as this field",
        "a field number is never reused: give this field a number no version has used with"
            + " @ProtoField(%s)%s"),
    PROTO_NUMBER_CHANGED("EVS322", "field '%s' has number %s, but it is number %s in %s: data"
        + " written with that version would be read as another field, or not at all",
        "pin its old number with @ProtoField(%s); unpinned fields are numbered 1, 2, 3, ... in"
            + " declaration order, so inserting or removing a field renumbers the ones after it"),
    PROTO_ENUM_NUMBER_CHANGED("EVS323", "field '%s': enum %s numbers its constants differently"
        + " from %s (%s), so values written with that version would be read as other constants",
        "enum constants are numbered in declaration order: keep the released constants in their"
            + " order (a retired one stays, @Deprecated) and add new ones at the end; to rename one,"
            + " keep its old name with @AvroName"),
    PROTO_ENUM_VALUE_REMOVED("EVS324", "field '%s': enum %s breaks %s compatibility with %s: it no"
        + " longer has %s (number %s), which data written with that version may hold, and it has"
        + " no @EnumDefault to read it as",
        "keep the constant (@Deprecated), or mark the constant unknown values read as with"
            + " @EnumDefault"),
    PROTO_HISTORY_INVALID("EVS325", "the Protobuf history file %s cannot be used: %s",
        "history files are <full name>/v<N>.proto holding the .proto files of released versions as"
            + " the processor wrote them (the history-add goal keeps them); eventschema reads their"
            + " proto3 messages, enums, fields, maps, oneofs, reserved statements and options;"
            + " restore the file from version control"),
    INTERNAL_ERROR("EVS999", "eventschema failed while processing %s: %s",
        "please report this with the stack trace below");

    private final String id;
    private final String text;
    private final String hint;

    Message(String id, String text, String hint) {
      this.id = id;
      this.text = text;
      this.hint = hint;
    }

    public String id() {
      return id;
    }

    /** Where this message is explained: its docs/diagnostics.md section, e.g. {@code #evs012}. */
    public String docs() {
      return DOCS + id.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code [EVSnnn] text. Hint: hint (see docs/diagnostics.md#evsnnn)}, formatted with
     * {@code args} (the hint takes the rest).
     */
    String format(Object... args) {
      int textArgs = count(text);
      Object[] first = java.util.Arrays.copyOfRange(args, 0, Math.min(textArgs, args.length));
      Object[] rest = args.length > textArgs
          ? java.util.Arrays.copyOfRange(args, textArgs, args.length) : new Object[0];
      return "[" + id + "] " + String.format(text, first) + ". Hint: "
          + String.format(hint, rest) + " (see " + docs() + ")";
    }

    private static int count(String s) {
      int n = 0;
      for (int i = s.indexOf("%s"); i >= 0; i = s.indexOf("%s", i + 2)) {
        n++;
      }
      return n;
    }
  }

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on {@code element}. */
  public void error(Element element, Message message, Object... args) {
    errors++;
    messager.printMessage(Kind.ERROR, message.format(args), element);
  }

  /** Reports an error on one value of an annotation on {@code element}. */
  public void error(Element element, AnnotationMirror annotation, Message message,
      Object... args) {
    errors++;
    messager.printMessage(Kind.ERROR, message.format(args), element, annotation);
  }

  /**
   * Reports a warning on {@code element} that {@code -Xlint:none} does not hide (javac drops plain
   * processor warnings under it): for settings that silently turn a check off.
   */
  public void warning(Element element, Message message, Object... args) {
    messager.printMessage(Kind.MANDATORY_WARNING, message.format(args), element);
  }

  /** Reports an exception that escaped the processor, with its stack trace, on {@code element}. */
  public void internalError(Element element, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    error(element, Message.INTERNAL_ERROR, element, t + "\n" + trace);
  }

  /** How many errors have been reported so far. */
  public int errorCount() {
    return errors;
  }
}
