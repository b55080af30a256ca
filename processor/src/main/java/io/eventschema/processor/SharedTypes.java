package io.eventschema.processor;

import com.palantir.javapoet.ClassName;
import io.eventschema.processor.format.avro.SharedCodecs;
import io.eventschema.processor.mapping.EventMapper;
import io.eventschema.processor.mapping.EventSettings;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.TypeModel.RecordType;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The {@code @SharedType} records of a compilation and the shared code each event's Avro codec may
 * call for them. A record's shared view is what the record maps to on its own (with its
 * {@code @SharedType(fieldNaming)}, or its {@code @Event}'s settings when it is an event), decided
 * from the record alone, whether it is in this compilation's sources or read from a class file:
 * so an event's codec depends on the records it uses, as javac's own dependencies do, and the
 * processor stays isolating. A record from a class file is shared only if its shared class is
 * there too, with its public methods (compiled by this processor).
 */
final class SharedTypes {
  static final String SHARED_TYPE = "io.eventschema.SharedType";

  /** A shared record's own view: the shape of its code and the class holding that code. */
  private record View(String shape, ClassName codec) {}

  private final Elements elements;
  private final Predicate<Element> inSource;
  /** By qualified name: the record's view, or empty when it has no shared code. */
  private final Map<String, Optional<View>> views = new HashMap<>();

  SharedTypes(Elements elements, Predicate<Element> inSource) {
    this.elements = elements;
    this.inSource = inSource;
  }

  /** The lookup for one codec: each record's decision taken once. */
  SharedCodecs forCodec() {
    Map<RecordType, Optional<ClassName>> decided = new IdentityHashMap<>();
    return record -> decided.computeIfAbsent(record, this::codecOf).orElse(null);
  }

  private Optional<ClassName> codecOf(RecordType record) {
    if (!(record.javaType() instanceof ClassName c)) {
      return Optional.empty();
    }
    Optional<View> view = views.get(c.canonicalName());
    if (view == null) {
      try {
        view = viewOf(c);
      } catch (EventMapper.Deferred d) {
        return Optional.empty(); // decided again next round
      }
      views.put(c.canonicalName(), view);
    }
    return view.filter(v -> v.shape().equals(SharedCodecs.shape(record))).map(View::codec);
  }

  private Optional<View> viewOf(ClassName name) {
    TypeElement type = elements.getTypeElement(name.canonicalName());
    if (type == null || find(type, SHARED_TYPE) == null) {
      return Optional.empty();
    }
    AnnotationMirror event = find(type, EventProcessor.EVENT);
    EventSettings settings = event != null ? EventSettings.of(event) : settings(find(type,
        SHARED_TYPE));
    Optional<EventModel> model = new EventMapper(new Diagnostics(SILENT), settings, false, null)
        .map(type);
    if (model.isEmpty() || !(model.get().root() instanceof RecordType root)) {
      return Optional.empty(); // its errors are reported where it is processed
    }
    ClassName codec = event != null ? model.get().codecClass()
        : SharedCodecs.sharedClass(model.get());
    if (!inSource.test(type) && !hasPublicMethods(codec, root)) {
      return Optional.empty(); // compiled without this processor, or an older one
    }
    return Optional.of(new View(SharedCodecs.shape(root), codec));
  }

  private boolean hasPublicMethods(ClassName codec, RecordType root) {
    TypeElement type = elements.getTypeElement(codec.canonicalName());
    if (type == null) {
      return false;
    }
    int found = 0;
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String n = m.getSimpleName().toString();
      if ((n.equals(SharedCodecs.writer(root)) || n.equals(SharedCodecs.reader(root)))
          && m.getModifiers().contains(Modifier.PUBLIC)) {
        found++;
      }
    }
    return found == 2;
  }

  /**
   * The settings of a {@code @SharedType}: its field naming, otherwise an event's defaults (read
   * as an {@code @Event}'s: the annotation has no other attribute).
   */
  static EventSettings settings(AnnotationMirror shared) {
    return EventSettings.of(shared);
  }

  /** The explicit {@code fieldNaming} of {@code annotation}, or null. */
  static String explicitFieldNaming(AnnotationMirror annotation) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : annotation.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("fieldNaming")) {
        Object v = e.getValue().getValue();
        return v instanceof VariableElement c ? c.getSimpleName().toString() : String.valueOf(v);
      }
    }
    return null;
  }

  static AnnotationMirror find(TypeElement type, String annotation) {
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(annotation)) {
        return a;
      }
    }
    return null;
  }

  /** Mapping a record again to learn its view reports nothing: its own processing does. */
  private static final Messager SILENT = new Messager() {
    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) { }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) { }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        AnnotationMirror a) { }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e,
        AnnotationMirror a, AnnotationValue v) { }
  };
}
