package org.fangpin.grid;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

@Service
public class GridService {

	private final GridMapper grids;

	GridService(GridMapper grids) {
		this.grids = grids;
	}

	/** The grids of these codes that exist; an empty collection finds nothing. */
	public List<Grid> findAll(Collection<GridCode> codes) {
		return codes.isEmpty() ? List.of() : this.grids.findByCodes(codes);
	}

}
