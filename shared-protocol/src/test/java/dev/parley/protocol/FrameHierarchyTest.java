package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Push;
import dev.parley.protocol.frame.Reply;
import dev.parley.protocol.frame.Request;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The closed set of frame types: {@code @JsonSubTypes} on {@link Frame} against the sealed tree. */
class FrameHierarchyTest {

    /** Every concrete class reachable through {@code permits}, recursively. */
    private static Set<Class<?>> concreteFrames() {
        Set<Class<?>> found = new HashSet<>();
        collect(Frame.class, found);
        return found;
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted == null) {
            found.add(type);
            return;
        }
        for (Class<?> sub : permitted) {
            collect(sub, found);
        }
    }

    @Test
    void frame_isSealed_andEveryLeafIsARecord() {
        assertThat(Frame.class.isSealed()).isTrue();
        assertThat(concreteFrames()).isNotEmpty().allSatisfy(c -> assertThat(c.isRecord())
                .as("%s is a record", c.getName()).isTrue());
    }

    @Test
    void jsonSubTypes_equalPermittedRecords_exactly() {
        List<Class<?>> declared = SampleFrames.declaredTypeList().stream()
                .<Class<?>>map(JsonSubTypes.Type::value).toList();
        assertThat(declared).doesNotHaveDuplicates();
        assertThat(new HashSet<>(declared)).isEqualTo(concreteFrames());
    }

    @Test
    void jsonSubTypes_namesAreUniqueLowerSnakeCase() {
        List<String> names = SampleFrames.declaredTypeList().stream().map(JsonSubTypes.Type::name).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z][a-z_]*"), "lower snake case");
    }

    @Test
    void requestsAndReplies_carryAStringId_pushesCarryNone() {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : concreteFrames()) {
            boolean hasStringId = Arrays.stream(c.getRecordComponents())
                    .anyMatch(rc -> rc.getName().equals("id") && rc.getType() == String.class);
            boolean hasId = Arrays.stream(c.getRecordComponents()).map(RecordComponent::getName).anyMatch("id"::equals);
            if ((Request.class.isAssignableFrom(c) || Reply.class.isAssignableFrom(c)) && !hasStringId) {
                problems.add(c.getSimpleName() + " has no String id");
            }
            if (Push.class.isAssignableFrom(c) && hasId) {
                problems.add(c.getSimpleName() + " is a push with an id");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noRecordComponentIsNamedType() {
        for (Class<?> c : concreteFrames()) {
            assertThat(c.getRecordComponents()).extracting(RecordComponent::getName)
                    .as("%s would clash with the type property", c.getSimpleName()).doesNotContain("type");
        }
    }
}
