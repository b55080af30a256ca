package io.eventschema.testing;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/** Puts the seed, and the command that reruns it, in the message of a failing {@link SeededTest}. */
public final class SeedReporter implements InvocationInterceptor {
  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    try {
      invocation.proceed();
    } catch (Throwable t) {
      Object seed = invocationContext.getArguments().get(0);
      Method method = invocationContext.getExecutable();
      String test = method.getDeclaringClass().getSimpleName() + "#" + method.getName();
      AssertionError failure = new AssertionError("failed with seed " + seed
          + "; rerun just this case: mvn test -Dtest='" + test + "' -D" + Seeds.SEED + "=" + seed
          + " (with -pl <module> -am -Dsurefire.failIfNoSpecifiedTests=false from the root)"
          + "\n" + t, t);
      throw failure;
    }
  }
}
