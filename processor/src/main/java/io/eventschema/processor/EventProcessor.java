package io.eventschema.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.format.avro.CodecWriter;
import io.eventschema.processor.codegen.Generated;
import io.eventschema.processor.codegen.SerdeWriter;
import io.eventschema.processor.compat.CompatibilityGate;
import io.eventschema.processor.codegen.ValidatorWriter;
import io.eventschema.processor.mapping.ConstraintMapper;
import io.eventschema.processor.mapping.EventMapper;
import io.eventschema.processor.mapping.EventSettings;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.json.Json;
import io.eventschema.processor.format.avro.SchemaWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import javax.tools.StandardLocation;
import org.apache.avro.Schema;

/**
 * Turns every {@code @io.eventschema.Event} record into an Avro schema resource, a codec and Kafka
 * serdes. Discovery, then a plain model, then writers; nothing is written for a record that had an
 * error. Never throws out of {@link #process}, never claims the annotation, and defers records
 * whose component types another processor has yet to generate.
 */
@AutoService(Processor.class)
public final class EventProcessor extends AbstractProcessor {
  static final String EVENT = "io.eventschema.Event";

  private Elements elements;
  private Filer filer;
  private Diagnostics diagnostics;
  private Generated generated;
  private CompatibilityGate compatibility;
  /** Records to try again next round, by name: elements do not survive rounds. */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    filer = env.getFiler();
    diagnostics = new Diagnostics(env.getMessager());
    generated = new Generated(elements.getTypeElement("javax.annotation.processing.Generated") != null);
    compatibility = new CompatibilityGate(filer, env.getOptions(), diagnostics);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(EVENT);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CompatibilityGate.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean last = round.processingOver();
    List<TypeElement> todo = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        todo.add(type);
      }
    }
    deferred.clear();
    TypeElement event = elements.getTypeElement(EVENT);
    if (event != null && !last) {
      for (Element e : round.getElementsAnnotatedWith(event)) {
        if (e instanceof TypeElement type && !todo.contains(type)) {
          todo.add(type);
        }
      }
    }
    for (TypeElement type : todo) {
      try {
        processEvent(type, last);
      } catch (EventMapper.Deferred d) {
        deferred.add(type.getQualifiedName().toString());
      } catch (Throwable t) {
        diagnostics.internalError(type, t);
      }
    }
    return false;
  }

  private void processEvent(TypeElement type, boolean lastRound) throws IOException {
    AnnotationMirror mirror = eventMirror(type);
    if (mirror == null) {
      return;
    }
    EventSettings settings = EventSettings.of(mirror);
    Optional<EventModel> model = new EventMapper(diagnostics, settings, lastRound, elements)
        .map(type);
    if (model.isEmpty()) {
      return;
    }
    EventModel event = model.get();
    Object tree = SchemaWriter.schema(event.root());
    String pretty = Json.pretty(tree);
    // Avro checks what we wrote, and gives the compact form the registry receives
    Schema schema = new Schema.Parser().parse(pretty);
    String compact = schema.toString();
    // a break of the event's compatibility level with its schema history fails the build here
    if (!compatibility.check(type, mirror, event, schema)) {
      return;
    }

    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
        event.schemaResource(), type);
    try (Writer w = resource.openWriter()) {
      w.write(pretty);
    }
    writeSource(event, CodecWriter.write(event, compact, generated), type);
    for (TypeSpec spec : SerdeWriter.write(event, generated)) {
      writeSource(event, spec, type);
    }
    writeSource(event, ValidatorWriter.write(event, ConstraintMapper.typeProblems(type), generated),
        type);
  }

  private void writeSource(EventModel event, TypeSpec spec, TypeElement origin) throws IOException {
    TypeSpec withOrigin = spec.toBuilder().addOriginatingElement(origin).build();
    JavaFile.builder(event.recordClass().packageName(), withOrigin)
        .skipJavaLangImports(true)
        .indent("    ")
        .build()
        .writeTo(filer);
  }

  private static AnnotationMirror eventMirror(TypeElement type) {
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(EVENT)) {
        return a;
      }
    }
    return null;
  }

}
