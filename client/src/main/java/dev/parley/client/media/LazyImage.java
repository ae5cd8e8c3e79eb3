package dev.parley.client.media;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.image.Image;

/**
 * Loads a node's picture only while the node is on screen and forgets it when it leaves. The
 * message list is virtualized: a row's nodes exist only while it is visible, and JavaFX also puts
 * rows into the scene for a moment just to measure them. So the load starts one pulse after the
 * node joined a scene, if it is still there, and a node that left the scene drops its image (the
 * memory cache still has it, bounded) and ignores a load that finishes later. A picture that is
 * already in memory shows at once, with no flicker.
 */
final class LazyImage {
    private final Node node;
    private final Supplier<Image> cached;
    private final Supplier<CompletableFuture<Image>> load;
    private final Consumer<Image> show;
    private final Consumer<Throwable> failed;
    private final Runnable later;
    private final java.util.function.Consumer<Runnable> onUiThread;
    /** Bumped on every attach and detach; a result for an older generation is dropped. */
    private int generation;

    LazyImage(Node node, Supplier<Image> cached, Supplier<CompletableFuture<Image>> load, Consumer<Image> show,
              Consumer<Throwable> failed, java.util.function.Consumer<Runnable> onUiThread) {
        this.node = node;
        this.cached = cached;
        this.load = load;
        this.show = show;
        this.failed = failed;
        this.onUiThread = onUiThread;
        this.later = this::startIfStillShown;
        node.sceneProperty().addListener((o, was, now) -> {
            generation++;
            if (now == null) {
                show.accept(null);
            } else {
                attached();
            }
        });
        if (node.getScene() != null) {
            attached();
        }
    }

    /** Loads again (after a failure). */
    void retry() {
        generation++;
        if (node.getScene() != null) {
            start();
        }
    }

    private void attached() {
        Image hit = cached.get();
        if (hit != null) {
            show.accept(hit);
            return;
        }
        onUiThread.accept(later);
    }

    private void startIfStillShown() {
        if (node.getScene() != null) {
            Image hit = cached.get();
            if (hit != null) {
                show.accept(hit);
            } else {
                start();
            }
        }
    }

    private void start() {
        int mine = ++generation;
        load.get().whenComplete((image, failure) -> onUiThread.accept(() -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                failed.accept(failure);
            } else {
                show.accept(image);
            }
        }));
    }
}
