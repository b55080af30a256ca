package io.eventschema.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.util.Trees;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.codegen.Generated;
import io.eventschema.processor.codegen.SerdeIndex;
import io.eventschema.processor.codegen.ValidatorWriter;
import io.eventschema.processor.compat.CompatibilityGate;
import io.eventschema.processor.compat.ProtoHistoryGate;
import io.eventschema.processor.format.BindingOutput;
import io.eventschema.processor.format.FormatBinding;
import io.eventschema.processor.format.Refusals;
import io.eventschema.processor.format.avro.AvroBinding;
import io.eventschema.processor.format.avro.CodecWriter;
import io.eventschema.processor.format.jsonschema.JsonSchemaBinding;
import io.eventschema.processor.format.protobuf.ProtobufBinding;
import io.eventschema.processor.mapping.ConstraintMapper;
import io.eventschema.processor.mapping.EventMapper;
import io.eventschema.processor.mapping.EventSettings;
import io.eventschema.processor.mapping.UnvalidatedRecords;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Turns every {@code @io.eventschema.Event} record into, for each format it asks for
 * ({@code @Event(formats = ...)}, default Avro), a schema resource, a codec and Kafka serdes, plus
 * one validator. Discovery, then a plain model, then one {@link FormatBinding} per format (check,
 * then files); nothing is written for a record that had an error in any of them. Never throws out of {@link #process}, and defers records
 * whose component types another processor has yet to generate.
 *
 * <p>It claims the annotation types it supports ({@link #CLAIMED}): eventschema's own and Bean
 * Validation's. The usual advice is not to claim, so that other processors see the annotations
 * too; but with nothing claimed, javac's {@code -Xlint:processing} warns on every compilation
 * ("No processor claimed any of these annotations: io.eventschema.Event, ...NotBlank, ..."), and a
 * user's {@code -Xlint:all -Werror} build fails. No other processor wants {@code io.eventschema}
 * annotations, nor {@code @Generated} on the code it generates (the next round's sources). Bean
 * Validation's constraints are read by this processor for the generated
 * validators; a processor that checks them itself (Hibernate Validator's annotation processor)
 * still sees them when it comes first on the processor path (see docs/getting-started.md).
 */
@AutoService(Processor.class)
public final class EventProcessor extends AbstractProcessor {
  static final String EVENT = "io.eventschema.Event";
  /** The annotation types this processor supports and claims (see the class comment). */
  static final Set<String> CLAIMED = Set.of("io.eventschema.*", "jakarta.validation.*",
      "org.hibernate.validator.constraints.*", "javax.annotation.processing.Generated");

  private Elements elements;
  private Filer filer;
  private Diagnostics diagnostics;
  private Generated generated;
  private CompatibilityGate compatibility;
  private ProtoHistoryGate protoHistory;
  private StepTimer timer;
  private SharedTypes sharedTypes;
  /** Records to try again next round, by name: elements do not survive rounds. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Components warned about as holding records that are not @Valid (EVS027), once each. */
  private final Set<String> warnedUnvalidated = new HashSet<>();
  /** Whether an element is in this compilation's sources: see {@link #inSource}. */
  private Predicate<Element> inSource;
  /** The serde index paths written so far: two events of one name take two (SerdeIndex.free). */
  private final Set<String> indexPaths = new HashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    filer = env.getFiler();
    diagnostics = new Diagnostics(env.getMessager());
    generated = new Generated(elements.getTypeElement("javax.annotation.processing.Generated") != null);
    inSource = inSource(env);
    compatibility = new CompatibilityGate(filer, env.getOptions(), diagnostics, inSource);
    protoHistory = new ProtoHistoryGate(filer, env.getOptions(), diagnostics);
    sharedTypes = new SharedTypes(elements, inSource);
    timer = new StepTimer(Boolean.parseBoolean(env.getOptions().get(StepTimer.OPTION)));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return CLAIMED;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CompatibilityGate.OPTION, StepTimer.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    timer.time("rounds (all steps)", () -> processRound(round));
    if (round.processingOver() && timer.on()) {
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.NOTE, timer.report());
    }
    return true; // claims what it supports: see the class comment
  }

  private Void processRound(RoundEnvironment round) {
    boolean last = round.processingOver();
    List<TypeElement> todo = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        todo.add(type);
      }
    }
    deferred.clear();
    for (String annotation : List.of(EVENT, SharedTypes.SHARED_TYPE)) {
      TypeElement roots = elements.getTypeElement(annotation);
      if (roots != null && !last) {
        for (Element e : round.getElementsAnnotatedWith(roots)) {
          if (e instanceof TypeElement type && !todo.contains(type)) {
            todo.add(type);
          }
        }
      }
    }
    for (TypeElement type : todo) {
      try {
        if (eventMirror(type) != null) {
          processEvent(type, last);
        } else {
          processShared(type, last);
        }
      } catch (EventMapper.Deferred d) {
        deferred.add(type.getQualifiedName().toString());
      } catch (Throwable t) {
        diagnostics.internalError(type, t);
      }
    }
    return null;
  }

  /**
   * A {@code @SharedType} record that is not an event: its {@code <Record>AvroCodec}, the Avro code
   * the events' codecs call for it (see {@link SharedTypes}).
   */
  private void processShared(TypeElement type, boolean lastRound) throws IOException {
    AnnotationMirror mirror = SharedTypes.find(type, SharedTypes.SHARED_TYPE);
    if (mirror == null) {
      return;
    }
    if (type.getKind() != javax.lang.model.element.ElementKind.RECORD) {
      String kind = type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      diagnostics.error(type, mirror, Message.SHARED_NOT_A_RECORD, type.getSimpleName(),
          ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind);
      return;
    }
    EventMapper mapper = new EventMapper(diagnostics, SharedTypes.settings(mirror), lastRound,
        null);
    Optional<EventModel> model = timer.time("map", () -> mapper.map(type));
    if (model.isPresent()) {
      TypeSpec codec = timer.time("files AVRO", () -> CodecWriter.writeShared(model.get(),
          sharedTypes.forCodec(), generated));
      writeSource(model.get(), codec, type);
    }
  }

  private void processEvent(TypeElement type, boolean lastRound) throws IOException {
    AnnotationMirror mirror = eventMirror(type);
    if (mirror == null) {
      return;
    }
    AnnotationMirror shared = SharedTypes.find(type, SharedTypes.SHARED_TYPE);
    if (shared != null && SharedTypes.explicitFieldNaming(shared) != null) {
      diagnostics.error(type, shared, Message.SHARED_EVENT_NAMING, type.getSimpleName());
      return;
    }
    EventSettings settings = EventSettings.of(mirror);
    EventMapper mapper = new EventMapper(diagnostics, settings, lastRound, elements);
    Optional<EventModel> model = timer.time("map", () -> mapper.map(type));
    if (model.isEmpty()) {
      return;
    }
    EventModel event = model.get();
    new UnvalidatedRecords(diagnostics, mapper::siteOf, this::typeOf, warnedUnvalidated,
        inSource).check(event);
    List<FormatBinding> bindings = bindings(type, mirror, settings, mapper);
    if (bindings.isEmpty()) {
      return;
    }
    Refusals refusals = new Refusals() {
      @Override
      public void onEvent(Message message, Object... args) {
        diagnostics.error(type, mirror, message, args);
      }

      @Override
      public void onField(FieldModel field, Message message, Object... args) {
        Element site = mapper.siteOf(field);
        diagnostics.error(site != null ? site : type, message, args);
      }
    };
    boolean accepted = true;
    for (FormatBinding binding : bindings) {
      accepted &= timer.time("check " + binding.format(), () -> binding.check(event, refusals));
    }
    if (!accepted) {
      return;
    }
    for (FormatBinding binding : bindings) {
      BindingOutput output = timer.time("files " + binding.format(), () -> binding.files(event));
      timer.timeIo("write resources", () -> {
        for (BindingOutput.Resource r : output.resources()) {
          String path = SerdeIndex.isIndex(r.path()) ? SerdeIndex.free(r.path(), indexPaths)
              : r.path();
          FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
              type);
          try (Writer w = resource.openWriter()) {
            w.write(r.text());
          }
        }
      });
      for (TypeSpec spec : output.types()) {
        writeSource(event, spec, type);
      }
    }
    // one validator serves every format
    TypeSpec validator = timer.time("validator",
        () -> ValidatorWriter.write(event, ConstraintMapper.typeProblems(type), generated));
    writeSource(event, validator, type);
  }

  /**
   * The bindings of the formats the event asks for, in the order given; empty after reporting a
   * format this version does not generate, or none at all.
   */
  private List<FormatBinding> bindings(TypeElement type, AnnotationMirror mirror,
      EventSettings settings, EventMapper mapper) {
    if (settings.formats().isEmpty()) {
      diagnostics.error(type, mirror, Message.NO_FORMAT, type.getSimpleName());
      return List.of();
    }
    List<FormatBinding> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    boolean refused = false;
    for (String format : settings.formats()) {
      if (!seen.add(format)) {
        continue; // formats = {AVRO, AVRO} asks for Avro once
      }
      switch (format) {
        case "AVRO" -> out.add(new AvroBinding(generated, sharedTypes.forCodec(),
            (event, schema) -> timer.time("history (in check AVRO)",
                () -> compatibility.check(type, mirror, event, schema, mapper::siteOf))));
        case "JSON_SCHEMA" -> {
          if (elements.getTypeElement(JsonSchemaBinding.RUNTIME_TYPE) == null) {
            diagnostics.error(type, mirror, Message.JSON_RUNTIME_MISSING, type.getSimpleName());
            refused = true;
          } else {
            out.add(new JsonSchemaBinding(generated));
          }
        }
        case "PROTOBUF" -> {
          if (elements.getTypeElement(ProtobufBinding.RUNTIME_TYPE) == null) {
            diagnostics.error(type, mirror, Message.PROTO_RUNTIME_MISSING, type.getSimpleName());
            refused = true;
          } else {
            boolean avro = settings.formats().contains("AVRO"); // its check warns already
            out.add(new ProtobufBinding(generated, field -> protoField(mapper.siteOf(field)),
                (event, proto, sites, refusals) -> protoHistory.check(type, mirror, !avro, event,
                    proto, sites, refusals)));
          }
        }
        default -> {
          diagnostics.error(type, mirror, Message.UNKNOWN_FORMAT, "Format." + format);
          refused = true;
        }
      }
    }
    return refused ? List.of() : out;
  }

  private void writeSource(EventModel event, TypeSpec spec, TypeElement origin) throws IOException {
    String packageName = event.recordClass().packageName();
    String text = timer.time("source text", () -> JavaFile.builder(packageName, spec)
        .skipJavaLangImports(true)
        .indent("    ")
        .build()
        .toString());
    timer.timeIo("write sources", () -> {
      String name = packageName.isEmpty() ? spec.name() : packageName + "." + spec.name();
      JavaFileObject source = filer.createSourceFile(name, origin);
      try (Writer w = source.openWriter()) {
        w.write(text);
      }
    });
  }

  /** The type element of a record of the model, or null. */
  private TypeElement typeOf(TypeModel.RecordType record) {
    return record.javaType() instanceof ClassName c ? elements.getTypeElement(c.canonicalName())
        : null;
  }

  /**
   * Whether an element is in this compilation's sources (javac can show an error on it), or read
   * from a class file. Outside javac (no {@link Trees}) every element counts as in source.
   */
  private static Predicate<Element> inSource(ProcessingEnvironment env) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return e -> true;
    }
    return e -> trees.getPath(e) != null;
  }

  /** The {@code @ProtoField} number on a record component, or null. */
  private static Integer protoField(Element site) {
    if (site == null) {
      return null;
    }
    for (AnnotationMirror a : site.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("io.eventschema.ProtoField")) {
        for (var e : a.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")
              && e.getValue().getValue() instanceof Integer n) {
            return n;
          }
        }
      }
    }
    return null;
  }

  private static AnnotationMirror eventMirror(TypeElement type) {
    return SharedTypes.find(type, EVENT);
  }

}
