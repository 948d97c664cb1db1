"""Score sheets: the campaign's rubric, each member's points, recommendation and comment."""
