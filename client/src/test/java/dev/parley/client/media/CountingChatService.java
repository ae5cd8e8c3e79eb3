package dev.parley.client.media;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.frame.Request;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Counts the requests sent through a real {@link ChatService}, by frame class: wraps it in a proxy
 * that passes every call on and looks into {@code request} and {@code requestAsync}.
 */
final class CountingChatService {
    private final ChatService service;
    private final Map<Class<?>, AtomicLong> counts = new ConcurrentHashMap<>();

    CountingChatService(ChatService delegate) {
        this.service = (ChatService) Proxy.newProxyInstance(ChatService.class.getClassLoader(),
                new Class<?>[] {ChatService.class}, (proxy, method, args) -> {
                    Object[] passed = args;
                    if ((method.getName().equals("request") || method.getName().equals("requestAsync")) && args.length == 1) {
                        passed = new Object[] {counted((Function<String, ? extends Request<?>>) args[0])};
                    }
                    try {
                        return method.invoke(delegate, passed);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The counted service. */
    ChatService service() {
        return service;
    }

    long count(Class<?> frame) {
        AtomicLong n = counts.get(frame);
        return n == null ? 0 : n.get();
    }

    private Function<String, Request<?>> counted(Function<String, ? extends Request<?>> build) {
        return id -> {
            Request<?> r = build.apply(id);
            counts.computeIfAbsent(r.getClass(), c -> new AtomicLong()).incrementAndGet();
            return r;
        };
    }
}
