package org.onewindow.platform.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Spring Modulith's event publication repository with some of its calls taken over: the proxy
 * behind {@link PublicationProcessingMark} and {@link PublicationCompletions}.
 */
final class RepositoryInterception {

    /** What an interception returns for a call it leaves to the repository. */
    static final Object PASS = new Object();

    /** Takes over a call (its result, {@code null} for a void method) or returns {@link #PASS}. */
    @FunctionalInterface
    interface Interception {
        Object apply(Method method, Object[] args) throws Throwable;
    }

    private RepositoryInterception() {}

    /** The repository, with the calls the interception takes over done by it. */
    static EventPublicationRepository intercepted(
            EventPublicationRepository repository, String description, Interception interception) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> description + ": " + repository;
                };
            }
            Object result = interception.apply(method, args);
            if (result != PASS) {
                return result;
            }
            try {
                return method.invoke(repository, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (EventPublicationRepository) Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
                new Class<?>[] {EventPublicationRepository.class}, handler);
    }
}
