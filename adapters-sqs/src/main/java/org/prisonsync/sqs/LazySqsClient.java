package org.prisonsync.sqs;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * An {@link SqsClient} that builds the real one on its first call. Building the SDK's client loads some 600 of its
 * classes (request pipeline, signer, endpoint rules, HTTP client): most of a second of CLI commands that never touch
 * a queue ({@code mapping show}, {@code reconciliation runs}, {@code migrate history}). The service makes its first
 * call while starting, so it pays the same as before, once. Closing a client never built builds nothing.
 */
final class LazySqsClient implements InvocationHandler {
    private final Supplier<SqsClient> factory;
    private volatile SqsClient client;

    private LazySqsClient(Supplier<SqsClient> factory) {
        this.factory = factory;
    }

    static SqsClient of(Supplier<SqsClient> factory) {
        Objects.requireNonNull(factory, "factory");
        return (SqsClient) Proxy.newProxyInstance(SqsClient.class.getClassLoader(), new Class<?>[] {SqsClient.class},
                new LazySqsClient(factory));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "LazySqsClient[" + (client == null ? "not built" : client) + "]";
            };
        }
        if ("close".equals(method.getName()) && method.getParameterCount() == 0) {
            SqsClient built = client;
            if (built != null) {
                built.close();
            }
            return null;
        }
        try {
            return method.invoke(built(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();   // the SDK's own exception, as a direct call would throw it
        }
    }

    private SqsClient built() {
        SqsClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = Objects.requireNonNull(factory.get(), "the SQS client factory answered null");
                    client = built;
                }
            }
        }
        return built;
    }
}
