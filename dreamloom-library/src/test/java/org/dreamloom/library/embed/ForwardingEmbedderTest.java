package org.dreamloom.library.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every method of {@link Embedder}, including any added later, reaches the delegate of a {@link ForwardingEmbedder}
 * with the same arguments, and the delegate's answer comes back unchanged.
 */
class ForwardingEmbedderTest {
    /** A call the recording delegate saw. */
    private record Call(Method method, Object[] args) {
    }

    /** Something of {@code type} that no forwarding code would make up on its own, to check it is passed through. */
    private static Object sample(Class<?> type, String tag) {
        if (type == int.class) {
            return 1000 + tag.length();
        }
        if (type == long.class) {
            return 2000L + tag.length();
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "from " + tag;
        }
        if (type == float[].class) {
            return new float[] {tag.length()};
        }
        if (type == List.class) {
            return new ArrayList<>(List.of(tag));
        }
        if (type == WordPieces.class) {
            return new WordPieces(new long[] {7}, new int[] {0}, new int[] {1}, new long[] {0});
        }
        if (type == Chunk.class) {
            return new Chunk(0, tag.length(), tag, 3);
        }
        throw new AssertionError("no sample for " + type + ": teach this test the new type of Embedder's methods");
    }

    private static List<Method> embedderMethods() {
        List<Method> out = new ArrayList<>();
        for (Method m : Embedder.class.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers())) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void everyMethodOfTheInterfaceIsForwarded() throws Exception {
        List<Call> calls = new ArrayList<>();
        InvocationHandler recorder = (proxy, method, args) -> {
            calls.add(new Call(method, args == null ? new Object[0] : args));
            return method.getReturnType() == void.class ? null : sample(method.getReturnType(), method.getName());
        };
        Embedder delegate = (Embedder) Proxy.newProxyInstance(Embedder.class.getClassLoader(),
                new Class<?>[] {Embedder.class}, recorder);
        Embedder forwarding = new ForwardingEmbedder(delegate) {
        };

        List<Method> methods = embedderMethods();
        assertThat(methods).extracting(Method::getName)
                .contains("dimension", "id", "maxTokens", "countTokens", "embed", "embedAll", "wordPieces",
                        "embedChunks", "close");
        for (Method m : methods) {
            // declared by ForwardingEmbedder itself, not left to the interface's default
            assertThat(ForwardingEmbedder.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass())
                    .as("%s is overridden by ForwardingEmbedder", m).isEqualTo(ForwardingEmbedder.class);

            Object[] args = Arrays.stream(m.getParameterTypes()).map(t -> sample(t, "arg of " + m.getName()))
                    .toArray();
            calls.clear();
            Object answer = m.invoke(forwarding, args);

            assertThat(calls).as("%s reaches the delegate exactly once", m).hasSize(1);
            Call call = calls.get(0);
            assertThat(call.method().getName()).isEqualTo(m.getName());
            assertThat(call.method().getParameterTypes()).isEqualTo(m.getParameterTypes());
            for (int i = 0; i < args.length; i++) {
                assertThat(call.args()[i]).as("argument %d of %s", i, m).isSameAs(args[i]);
            }
            if (m.getReturnType() != void.class) {
                Object expected = sample(m.getReturnType(), m.getName());
                if (m.getReturnType().isPrimitive() || m.getReturnType() == String.class) {
                    assertThat(answer).as("answer of %s", m).isEqualTo(expected);
                } else {
                    assertThat(answer).as("answer of %s", m).usingRecursiveComparison().isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aWrapperOverridesOnlyWhatItChanges() {
        HashingEmbedder inner = new HashingEmbedder(16, 32);
        List<String> seen = new ArrayList<>();
        Embedder counting = new ForwardingEmbedder(inner) {
            @Override
            public float[] embed(String text) {
                seen.add(text);
                return super.embed(text);
            }
        };
        assertThat(counting.id()).isEqualTo(inner.id());
        assertThat(counting.dimension()).isEqualTo(16);
        assertThat(counting.maxTokens()).isEqualTo(32);
        assertThat(counting.countTokens("two words")).isEqualTo(inner.countTokens("two words"));
        assertThat(counting.embed("an owl")).containsExactly(inner.embed("an owl"));
        assertThat(seen).containsExactly("an owl");
    }
}
