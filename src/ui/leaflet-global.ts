import L from 'leaflet';

// leaflet.markercluster extends the global `L`; it must exist before that module runs.
(window as unknown as { L: typeof L }).L = L;
