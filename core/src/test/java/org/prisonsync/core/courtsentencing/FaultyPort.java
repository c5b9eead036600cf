package org.prisonsync.core.courtsentencing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * Any port in front of its twin, with faults to inject by method name: {@link Fault#BEFORE} fails the call before it
 * reaches the twin (the upstream down), {@link Fault#AFTER} lets the twin do it and then fails (the answer lost on
 * the way back, as a timeout after success does); and a hook to run once just before a call reaches the twin (a second
 * consumer arriving while the first is mid-write). Counts the calls that reached the twin.
 */
final class FaultyPort<T> implements InvocationHandler {
    enum Fault { BEFORE, AFTER }

    private final T target;
    private final T port;
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Runnable> hooks = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();

    @SuppressWarnings("unchecked")
    private FaultyPort(Class<T> type, T target) {
        this.target = target;
        this.port = (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this);
    }

    static <T> FaultyPort<T> of(Class<T> type, T target) {
        return new FaultyPort<>(type, target);
    }

    T port() {
        return port;
    }

    /** The next {@code times} calls of {@code method} fail as {@code fault} says. */
    synchronized FaultyPort<T> fail(String method, int times, Fault fault) {
        Deque<Fault> queued = faults.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queued.add(fault);
        }
        return this;
    }

    /** Runs {@code hook} once, just before the next call of {@code method} reaches the twin. */
    synchronized FaultyPort<T> beforeNext(String method, Runnable hook) {
        hooks.put(method, hook);
        return this;
    }

    synchronized int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
        }
        String name = method.getName();
        Fault fault;
        Runnable hook;
        synchronized (this) {
            Deque<Fault> queued = faults.get(name);
            fault = queued == null ? null : queued.poll();
            hook = hooks.remove(name);
        }
        if (fault == Fault.BEFORE) {
            throw new UpstreamUnavailable(name + " failed (injected)");
        }
        if (hook != null) {
            hook.run();
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        synchronized (this) {
            calls.merge(name, 1, Integer::sum);
        }
        if (fault == Fault.AFTER) {
            throw new UpstreamUnavailable(name + " answer lost (injected)");
        }
        return result;
    }
}
