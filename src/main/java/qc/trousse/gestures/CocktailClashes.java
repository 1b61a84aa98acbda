package qc.trousse.gestures;

import java.util.List;

/**
 * Where the board learns which gestures collide with the cocktail trip. The cocktail computes it; the board
 * only reads it, so it needs nothing else of the cocktail. It says when the answer may have changed.
 */
public interface CocktailClashes {
    /** No cocktail wired in: nothing ever clashes. */
    CocktailClashes NONE = new CocktailClashes() {
        @Override
        public List<CocktailClash> find() {
            return List.of();
        }

        @Override
        public void addListener(Runnable listener) {
        }

        @Override
        public void removeListener(Runnable listener) {
        }
    };

    List<CocktailClash> find();

    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
